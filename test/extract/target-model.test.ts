import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { figureFeatures, sectionKinds, unitClass, wordTokens, type FigureView } from '../../src/extract/targets/features.js';
import { candidateFeatures, extractTargets, targetCandidates, type TargetContext } from '../../src/extract/targets/index.js';
import { DEFAULT_TARGET_MODEL_PATH, loadTargetModel, parseTargetModel, targetProbability, type TargetModel } from '../../src/extract/targets/model.js';
import { InputFileError } from '../../src/errors/index.js';
import { closingStartIndex, structure } from '../../src/structure/index.js';
import { sectionPathAt } from '../../src/structure/paths.js';
import { asSeenFirst, trainWeights, type Labelled } from '../../scripts/lib/target-training.js';

// Made-up plans and sentences of sectors no fixture, tuning or held-out plan is about (weather stations,
// beekeeping, cemeteries). None is taken from a plan.

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN MẪU',
  'Số: 12/KH-UBND',
  'Mẫu, ngày 10 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Phát triển nghề nuôi ong lấy mật giai đoạn 2025 - 2027',
  'I. TÌNH HÌNH',
  'Năm 2024 toàn huyện đã có 320 hộ nuôi ong, đạt 64% kế hoạch.',
  'II. MỤC TIÊU',
  '1. Chỉ tiêu cụ thể',
  '- Phấn đấu đến năm 2027 có 85% hộ nuôi ong áp dụng quy trình an toàn.',
  '- Tổ chức 04 lớp tập huấn kỹ thuật cho người nuôi ong.',
  '- Sản lượng mật đạt 120 tấn.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Nông nghiệp chủ trì, hướng dẫn các xã thực hiện.',
  'Nơi nhận:',
  '- Như trên;',
];

function contextOf(lines: string[]): TargetContext {
  const sections = structure(lines);
  return {
    lines,
    rawLines: lines,
    sections,
    bodyEndLine: closingStartIndex(lines) + 1,
    provenance: (line: number, raw: string) => ({ line, section: sectionPathAt(sections, line), page: null, raw, rawOcr: lines[line - 1] ?? null }),
  };
}

const model = (learnedBias: number, hybrid: Record<string, number> = { bias: 0 }): TargetModel => ({
  format: 'vnplan-target-model/1',
  trainedOn: { plans: ['made-up'], candidates: 0, positives: 0, l2: 1, minPlans: 1 },
  learned: { threshold: 0.5, weights: { bias: learnedBias } },
  hybrid: { threshold: 0.5, weights: hybrid },
});

describe('target model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-target-model-'));

  it('loads and validates the shipped model', () => {
    const shipped = loadTargetModel(DEFAULT_TARGET_MODEL_PATH);
    expect(shipped.format).toBe('vnplan-target-model/1');
    expect(Object.keys(shipped.learned.weights).length).toBeGreaterThan(10);
    expect(shipped.trainedOn.plans).not.toContain('000');
    expect(shipped.trainedOn.plans.some((id) => /^H(?:[5-9]|\d\d)$/.test(id))).toBe(false);
  });

  it('names the file and the reason for a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": ');
    expect(() => loadTargetModel(file)).toThrow(InputFileError);
    expect(() => loadTargetModel(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: target model not valid JSON`));
  });

  it('names the field that is wrong', () => {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ ...model(0), learned: { threshold: 2, weights: {} } }));
    expect(() => loadTargetModel(file)).toThrow(/wrong\.json: not a valid target model at learned\.threshold/);
    expect(() => parseTargetModel({ format: 'other' }, 'x.json')).toThrow(/^x\.json: not a valid target model at format/);
  });

  it('names a file that is missing', () => {
    expect(() => loadTargetModel(join(dir, 'absent.json'))).toThrow(/absent\.json: target model cannot be read/);
  });

  it('scores by the sum of the weights of the features present', () => {
    const weights = { threshold: 0.5, weights: { bias: -1, 'l:dat': 3 } };
    expect(targetProbability(weights, ['bias', 'l:dat', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(targetProbability(weights, ['bias'])).toBeLessThan(0.5);
  });
});

describe('features of a figure', () => {
  const view = (text: string, figure: string, extra: Partial<FigureView> = {}): FigureView => {
    const start = text.indexOf(figure);
    return {
      text,
      start,
      end: start + figure.length,
      sentence: { start: 0, end: text.length },
      value: Number.parseFloat(figure.replace(',', '.')),
      valueMax: null,
      unit: figure.replace(/^[\d.,]+\s*/, ''),
      isCount: !figure.endsWith('%'),
      sectionTitles: ['MỤC TIÊU', 'Chỉ tiêu cụ thể'],
      issueYear: 2025,
      tableRow: false,
      otherFigures: 0,
      ...extra,
    };
  };

  it('reads the cue, the section, the unit and the year of an aim', () => {
    const features = figureFeatures(view('Phấn đấu đến năm 2027, 90% trạm khí tượng được tự động hóa.', '90%'));
    expect(features).toEqual(expect.arrayContaining(['bias', 'scue:phan dau', 'part:objectives', 'unit:percent', 'year-before:later', 'r1:tram', 'l1:<y>']));
    expect(features.some((feature) => feature.startsWith('rule:'))).toBe(false);
  });

  it('reads a result of a past year', () => {
    const features = figureFeatures(view('Năm 2023 đã lắp đặt 12 trạm đo mưa tự động.', '12 trạm', { sectionTitles: ['TÌNH HÌNH THỰC HIỆN'] }));
    expect(features).toEqual(expect.arrayContaining(['l:da', 'year-before:past', 'part:situation', 'unit:count', 'noun:tram', 'cue:da']));
  });

  it('names no plan: no feature holds a whole sentence or a line number', () => {
    const features = figureFeatures(view('Quy tập 150 ngôi mộ liệt sĩ về nghĩa trang huyện trong năm 2026 theo đúng quy hoạch được duyệt.', '150 ngôi'));
    expect(features.every((feature) => feature.split(' ').length <= 2 && feature.length < 40)).toBe(true);
    expect(features).toContain('year-after:later');
  });

  it('is a pure function of its view', () => {
    const input = view('Mỗi hợp tác xã duy trì tối thiểu 05 đàn ong giống.', '05 đàn', { ruleVerdict: 'no-cue' });
    const copy = structuredClone(input);
    expect(figureFeatures(input)).toEqual(figureFeatures(copy));
    expect(input).toEqual(copy);
    expect(figureFeatures(input)).toEqual(expect.arrayContaining(['leading-zero', 'rule:no-cue', 'cue:toi thieu']));
  });

  it('classes sections and units by their words', () => {
    expect(sectionKinds('TỔ CHỨC THỰC HIỆN')).toEqual(['implementation']);
    expect(sectionKinds('MỤC TIÊU VÀ NHIỆM VỤ')).toEqual(['objectives', 'tasks']);
    expect(sectionKinds('Quy hoạch nghĩa trang')).toEqual(['other']);
    expect(unitClass('%', false)).toBe('percent');
    expect(unitClass('tỷ đồng', false)).toBe('money');
    expect(unitClass('ha', true)).toBe('measure');
    expect(unitClass('lượt/năm', true)).toBe('rate');
    expect(unitClass('trạm', true)).toBe('count');
    expect(wordTokens('đạt 95% năm 2027')).toEqual(['dat', '<n>', '%', 'nam', '<y>']);
  });
});

describe('target filters', () => {
  const context = contextOf(PLAN);

  it('rules mode is the default, and candidates carry the rules verdict', () => {
    const lines = PLAN;
    const sections = structure(lines);
    const byDefault = extract({ lines, rawLines: lines, sections, pageOfLine: () => null }).targets;
    expect(extract({ lines, rawLines: lines, sections, pageOfLine: () => null, targetFilter: 'rules' }).targets).toEqual(byDefault);
    const candidates = targetCandidates(context);
    expect(candidates.filter((c) => c.ruleAccepted).map((c) => c.target)).toEqual(byDefault);
    // The results of 2024 are read as candidates the rules reject, each with the filter that did.
    const rejected = candidates.filter((c) => !c.ruleAccepted);
    expect(rejected.map((c) => c.target.value)).toEqual(expect.arrayContaining([320, 64]));
    expect(rejected.every((c) => typeof c.rejectedBy === 'string')).toBe(true);
    expect(byDefault.map((t) => t.value)).toEqual([85, 4, 120]);
  });

  it('the learned mode keeps what its model accepts, from the same candidates', () => {
    const all = targetCandidates(context).map((c) => c.target);
    expect(extractTargets(context, { targetFilter: 'learned', model: model(-20) })).toEqual([]);
    expect(extractTargets(context, { targetFilter: 'learned', model: model(20) })).toEqual(all);
  });

  it('the hybrid sees the rules verdict as a feature; the learned model does not', () => {
    const candidates = targetCandidates(context);
    for (const candidate of candidates) {
      expect(candidateFeatures(candidate, 'learned').some((f) => f.startsWith('rule:'))).toBe(false);
      expect(candidateFeatures(candidate, 'hybrid')).toContain(candidate.ruleAccepted ? 'rule:accepted' : 'rule:rejected');
    }
    const followsRules = model(0, { bias: -5, 'rule:accepted': 10 });
    expect(extractTargets(context, { targetFilter: 'hybrid', model: followsRules })).toEqual(candidates.filter((c) => c.ruleAccepted).map((c) => c.target));
  });
});

describe('trainer', () => {
  const candidate = targetCandidates(contextOf(PLAN))[0]!;
  // Made-up examples: `l:dat` marks targets, `l:da` results; `l:hiem` occurs in one plan only.
  const example = (plan: string, word: string, positive: boolean): Labelled => ({
    plan,
    kind: 'clean',
    positive,
    candidate: { ...candidate, view: { ...candidate.view, text: `${word} 10 trạm`, start: word.length + 1, end: word.length + 8, sentence: { start: 0, end: word.length + 8 }, sectionTitles: [] } },
  });
  const examples = ['a', 'b', 'c', 'd'].flatMap((plan) => [example(plan, 'đạt', true), example(plan, 'đã', false), example(plan, 'đạt', true)]).concat([example('a', 'hiếm', true)]);

  it('gives the same weights for the same examples', () => {
    expect(trainWeights(examples, 'learned')).toEqual(trainWeights([...examples], 'learned'));
  });

  it('teaches the hybrid the verdict the rules gave at first sight, never today\'s', () => {
    const seen = examples.map((e) => ({ ...e, candidate: { ...e.candidate, ruleAccepted: true }, firstSightRule: e.positive }));
    expect(asSeenFirst(seen[1]!, 'hybrid').ruleAccepted).toBe(false);
    expect(asSeenFirst(seen[1]!, 'learned').ruleAccepted).toBe(true);
    const { weights } = trainWeights(seen, 'hybrid', { l2: 0.1, minPlans: 2, iterations: 300, learningRate: 0.5 });
    expect(weights['rule:accepted']).toBeGreaterThan(0);
    expect(weights['rule:rejected']).toBeLessThan(0);
    expect(() => trainWeights(examples, 'hybrid')).toThrow(/no first-sight verdict/);
  });

  it('learns the sign of a cue and drops a feature of one plan', () => {
    const { weights } = trainWeights(examples, 'learned', { l2: 0.1, minPlans: 2, iterations: 300, learningRate: 0.5 });
    expect(weights['l:dat']).toBeGreaterThan(0);
    expect(weights['l:da']).toBeLessThan(0);
    expect(weights['l:hiem']).toBeUndefined();
  });
});
