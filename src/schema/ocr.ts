import { z } from 'zod';

export const BoxSchema = z
  .object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() })
  .meta({ id: 'Box', description: 'Pixel box on the page image as OCR saw it (after preprocessing)' });

export const OcrWordSchema = z.object({
  text: z.string(),
  confidence: z.number().min(0).max(100),
  bbox: BoxSchema,
});

export const OcrLineSchema = z.object({
  text: z.string(),
  confidence: z.number().min(0).max(100),
  bbox: BoxSchema,
  words: z.array(OcrWordSchema),
});

export const OcrPageSchema = z
  .object({
    engine: z.string().meta({ description: 'Engine and model, e.g. `tesseract.js 7 vie 4.0.0_best_int`' }),
    meanConfidence: z.number().min(0).max(100),
    width: z.int().min(0),
    height: z.int().min(0),
    dpi: z.number().nullable(),
    rotation: z.number().meta({ description: 'Degrees the page was turned before OCR (deskew and 90/180° fixes)' }),
    lines: z.array(OcrLineSchema),
  })
  .meta({ id: 'OcrPage' });

export type OcrPage = z.infer<typeof OcrPageSchema>;
export type OcrLine = z.infer<typeof OcrLineSchema>;
export type OcrWord = z.infer<typeof OcrWordSchema>;
export type Box = z.infer<typeof BoxSchema>;
