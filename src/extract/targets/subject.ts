// The subject of one figure: the shortest phrase saying what it measures.
import { fold } from '../../structure/fold.js';
import { Span, wordsAllowed } from './span.js';
import type { Found } from './types.js';
import { MEASURES, TIMES } from './units.js';
import { GENERIC_CUE_WORDS, withBare } from './cues.js';
import { isOneWordLevel, levelAlternation } from '../levels.js';

export const LEAD_IN = /^(?:[-+•,:;\s]|tro (?:len|xuong)(?:\s|$)|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|va\s|[pd]han [dp]au\s|[pd]han [dp]au$|[dp]?en (?:het |cuoi )?n[a-z]m \d{4}|toi (?:het |cuoi )?nam \d{4}|n[a-z]m \d{4}|trong nam \d{4}|vao (?:cuoi )?n[a-z]m \d{4}|h[a-z]ng n[a-z]m|m[a-z]i n[a-z]m|giai doan \d{4}\s*[-–]\s*\d{4},?\s|trong do|cu the|dat\s|dat$|co\s)+/;
const TRAILING_FILLER = /(?:\s*(?:tu|dat|va vuot|vuot|la|o muc|dat muc|khoang|tren|duoi|hon|it nhat|toi thieu|toi da|khong qua|khong duoi|bang|chiem|chiem ty le|phan dau|dat ty le|va|hoac|(?:[dp]?en|toi|vao|trong) (?:het |cuoi )?n[a-z]m \d{4}|[,:;≥≤><-]))+\s*$/;
// A level stated before the aim (`Tỷ lệ hộ … mới đạt 45%, phấn đấu … đạt 60%`): no part of what the aim measures.
const STATED_LEVEL_END = /\s+(?:(?:moi chi|moi|chi|hien)\s+)?(?:dat|la|chiem)(?:\s+(?:khoang|gan|hon|tren|duoi))?\s+[\d.,]+\s?%\s*$/;
const VERB_BEFORE = /(?:^|\s)(dat|tang|giam|chiem|la|bang|len|xuong|duy tri|trung binh|binh quan)(?:\s+(?:binh quan|khoang|tu|tren|duoi|toi thieu|it nhat|hon|ty le|muc))*\s*$/;
// Verbs of change, one or a list of them (`Kiềm chế, giảm 5% số vụ …`).
const TRAILING_VERB = /(?:\s*,?\s*(?:(?:kiem che|keo giam|tang|giam|dat|chiem|duy tri)(?:\s+binh quan)?|binh quan|trung binh))+\s*$/;
// `100% (25/25 xã) …`: the share a percentage stands for, printed in brackets, is no part of what it measures.
const AFTER_LEAD = /^(?:\s|tro len|tro xuong|so voi[^,;]*|m[a-z]i n[a-z]m|h[a-z]ng n[a-z]m|\/(?:nam|thang|quy|tuan|ngay)|\(\d{1,4}\/\d{1,4}\)|(?:vao|den|trong) (?:cuoi )?n[a-z]m (?:19|20)\d\d)+/;
// … and a time the target is due by (`… trước ngày 30/9/2024`, `trong quý III năm 2024`).
// … and the funds a task is given (`… với tổng kinh phí 4,5 tỷ đồng`, `…, mức hỗ trợ 5 triệu đồng/hộ`).
// … and the worth of each item handed out (`…, mỗi sổ trị giá 5 triệu đồng`).
const SUBJECT_STOP = /\s(?:moi(?= [a-z]+ tri gia(?![a-z]))|cho nguoi|uu tien|dap ung|phu hop voi|thu hut|nham|de|gop phan|trong do|(?:voi )?(?:tong )?kinh phi|(?:voi )?tong (?:von|muc dau tu)|muc ho tro|(?:truoc|trong|tu|den|vao) (?:ngay|quy|thang) [\divx]|(?:theo )?(?:quy dinh )?tai (?:dieu|khoan|diem|nghi dinh|quyet dinh|thong tu|luat) (?:so )?[\divx])/;
const CONNECTOR_ONLY = /^[\s,;:]*(?:va|hoac|,|[dp]en n[a-z]m \d{4}|toi nam \d{4}|n[a-z]m \d{4}|dat|phan dau|\s)*[\s,;:]*$/;
const CORRESPONDING = /^(?:cac\s+)?(?:chi tieu|muc)\s+tuong\s+ung/;

/**
 * The stretch of a clause whose words can describe a figure. Between two figures of one clause, the last comma
 * splits what the first says after it from what the second says before it
 * (`… 05 bản/người dân và đạt 01 bản sách …, mỗi người dân đọc trung bình 06 cuốn`).
 */
export function subjectWindow(
  text: string,
  clause: { start: number; end: number },
  figure: Found,
  previous: Found | undefined,
  next: Found | undefined,
): { start: number; end: number } {
  let start = clause.start;
  if (previous && previous.end <= figure.start && previous.end > clause.start) {
    // `…, trong đó lao động đi thị trường Hàn Quốc, Nhật Bản chiếm trên 60%`: the part after `trong đó` is one.
    const between = text.slice(previous.end, figure.start);
    const within = /,\s*trong đó\s/u.exec(between);
    const comma = within ? within.index : between.lastIndexOf(',');
    start = previous.end + (comma >= 0 ? comma + 1 : 0);
  }
  let end = clause.end;
  if (next && next.start < clause.end) {
    const comma = text.slice(figure.end, next.start).indexOf(',');
    end = comma >= 0 ? figure.end + comma : next.start;
  }
  return { start, end };
}

function cutAfter(phrase: Span): string {
  const stop = Span.of(` ${phrase.text} `).search(SUBJECT_STOP);
  const cut = stop >= 0 ? phrase.slice(0, Math.max(0, stop)) : phrase;
  // Words of the next task left before the next figure (`… tờ rơi và đăng 50 tin`, `… lớp cho 200 lượt`).
  // … and a bound left before it (`01 đội xung kích với ít nhất 30 thành viên`).
  return cut.dropEnd(/(?:(?:^|\s+)(?:it nhat|toi thieu|toi da))?(?:^|\s+)(?:va|hoac|tu|tren|duoi|dat|cho|voi|khoang|cho khoang|va \p{L}+)(?:\s+(?:it nhat|toi thieu|toi da))?\s*$/u).tidy();
}

// A clause after another count that opens with a verb of its own (`kiểm tra 45 cơ sở, xử lý 12 vụ vi phạm`): that
// verb is the task of its count. Not a change, a level or a bound (`đạt 4.500 ha, tăng thêm 1.200 ha`): those say
// of the quantity named before.
const NOT_A_TASK = new Set(['đạt', 'tăng', 'phấn đấu', 'khoảng', 'bình quân', 'trung bình', 'tương đương', 'có thêm', 'không quá', 'không vượt quá', 'tối đa', 'không dưới', 'không ít hơn', 'không thấp hơn']);
const OWN_TASK_VERB = new RegExp(String.raw`^[\s,;]*(?:${withBare(GENERIC_CUE_WORDS.filter((word) => !NOT_A_TASK.has(word)))})(?![\p{L}])`, 'u');

const YEARLY_SUFFIX = /\s*\((?:(?:hằng|hàng|mỗi) năm|\/\s*năm)\)$/u;

// Measures of area: what they measure is a diện tích.
const AREAS = new Set(['ha', 'm²', 'm2', 'km²', 'km2']);

/** The shortest phrase saying what a figure measures; null when it shares the subject of the next figure. */
export function subjectOf(
  text: string,
  figure: Found,
  clause: { start: number; end: number },
  next: Found | undefined,
  previousSubject: string | null,
  wholeClauseStart = clause.start,
): string | null {
  const whole = Span.of(text);
  const beforeRaw = whole.slice(clause.start, figure.start);
  const beforeSpan = beforeRaw.dropStart(LEAD_IN).dropEnd(TRAILING_FILLER).dropEnd(STATED_LEVEL_END).dropEnd(TRAILING_FILLER);
  const before = beforeSpan.tidy();
  const afterEnd = Math.min(clause.end, next ? next.start : Infinity);
  const afterRaw = whole.slice(figure.end, Math.max(figure.end, afterEnd)).dropStart(AFTER_LEAD);
  const after = cutAfter(afterRaw);
  const core = Span.of(before).dropEnd(TRAILING_VERB).dropStart(LEAD_IN).tidy();
  // A bare head (`Phấn đấu đạt tỷ lệ 95% hộ …`) says nothing of what is measured: the words after the figure do.
  // … nor only a verb that holds an event (`Tổ chức 02 hội chợ`).
  const beforeHasNoun = core.split(/\s+/).filter(Boolean).length >= 2 && !/^(?:ty le|ti le|muc|so luong)$/.test(fold(core).trim()) && !/^(?:to chuc|xay dung|thuc hien|trien khai|phan dau|hoan thanh|dam bao|bao dam)(?:\s+(?:to chuc|xay dung|thuc hien|trien khai|hoan thanh))*$/.test(fold(core).trim());
  const verbBefore = beforeRaw.test(VERB_BEFORE);

  // The words before a figure name its task only where they open the clause (not after another figure of it).
  // `Mỗi huyện, thành phố tổ chức 02 cuộc …`: the body each count is for, then the task.
  // A light verb may come first (`bảo đảm mỗi xã, phường, thị trấn có 01 đội …`).
  const light = LIGHT_VERB.exec(fold(core));
  const scopeCore = light && light[0] !== '' && /^moi\s/.test(fold(core).slice(light[0].length)) ? core.slice(light[0].length) : core;
  const guessed = clause.start === wholeClauseStart ? EACH_SCOPE_KNOWN.exec(scopeCore) ?? EACH_SCOPE.exec(scopeCore) : null;
  // `Mỗi xã, thị trấn một đội …`: no verb at all, the words the guess took for one are a place of the list.
  const placeOnly = guessed !== null && LOCALITY_WORDS.test(fold(scopeCore.trim()));
  const scopeMatch = placeOnly && /^(?:mỗi|mọi)\s/iu.test(scopeCore) ? ([scopeCore, scopeCore] as unknown as RegExpExecArray) : guessed;
  const scope = scopeMatch ? `${scopeCore.slice(0, scopeMatch[1]!.length).trim().replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}` : null;
  const taskWords = scopeMatch ? scopeCore.slice(scopeMatch[1]!.length) : core;
  const task = clause.start === wholeClauseStart || OWN_TASK_VERB.test(beforeRaw.text) ? taskPhrase(taskWords) : null;
  // `Theo dõi diễn biến sạt lở 02 lần/tháng trong mùa …`: a frequency measures the task before it.
  if (figure.isCount && fold(figure.countNoun) === 'lan' && /\//.test(figure.unit) && beforeHasNoun && !verbBefore) {
    const when = after.split(/\s(?:và|hoặc)\s|,/u)[0]!.trim();
    // `Mỗi đơn vị tổ chức tối thiểu 02 lần/năm diễn tập phương án`: the activity after the rate is what is counted.
    if (when !== '' && /^\p{Ll}/u.test(when) && !/^(?:trong|vào|khi|tại|ở|cho|đối|để|theo|trên|với|từ|đến|nhằm|do|và|hoặc)(?:\s|$)/u.test(when)) {
      return scope ? `${when} (${scope})` : when;
    }
    return when !== '' && /^(?:trong|vào|khi|tại)\s/u.test(when) ? `${withoutPartner(before)} ${when}` : withoutPartner(before);
  }
  if (figure.isCount && !TIMES.has(fold(figure.countNoun))) {
    // `Giảm tỷ lệ mắc lao xuống dưới 100 người/100.000 dân`: a rate per head of population measures the rate the
    // words before name, with the verb of change said after it.
    // … and so does a time limit the time before it (`Rút ngắn thời gian giải quyết hồ sơ … xuống còn không quá 07 ngày làm việc`).
    const timeLimit = /^(?:ngay lam viec|gio)$/.test(fold(figure.countNoun)) ? /(?:^|\s)thoi (?:gian|han)\s/.exec(fold(core)) : null;
    const rateHead = /\/\d/.test(figure.unit) ? /(?:^|\s)(?:ty|ti) (?:le|suat|so)\s/.exec(fold(core)) : timeLimit;
    if (rateHead && rateHead.index > 0) {
      const change = Span.of(core.slice(0, rateHead.index)).dropStart(LEAD_IN).tidy();
      const rest = Span.of(core.slice(rateHead.index)).dropEnd(/\s+(?:xuong|len)(?:\s+(?:con|duoi|tren))?\s*$/).tidy();
      return change === '' ? rest : `${rest} (${change.toLocaleLowerCase('vi')})`;
    }
    // `Số lao động … đạt 950 người`, `Diện tích gieo cấy … 22.600 ha`: the amount of a measured quantity.
    if (beforeHasNoun && (verbBefore || task === null) && (NOUN_HEAD.test(fold(core)) || (MEASURES.has(fold(figure.countNoun)) && after === ''))) return before;
    // `Nâng công suất cảng lên 5 triệu tấn/năm`: the quantity a change brings to a level (said after it by the passes).
    const changed = /^(?:nang cao|nang|tang|giam|ha|keo giam)\s+/.exec(fold(core));
    if (changed && verbBefore && NOUN_HEAD.test(fold(core).slice(changed[0].length))) return before;
    // `Khẩu phần … bảo đảm từ 615 đến 726 kcal/trẻ/ngày`: a measure with nothing after it measures the words before;
    // an area measures the land a task is done on (`Trồng tái canh … 420 ha` → diện tích trồng tái canh …).
    if (MEASURES.has(fold(figure.countNoun)) && after === '' && beforeHasNoun && core !== '') {
      const measured = Span.of(core).dropEnd(/(?:\s+(?:bao dam|dam bao|cho|den|toi|tai|o|voi|tren|(?:tren|voi|voi tong) dien tich))+\s*$/).tidy();
      if (!AREAS.has(fold(figure.countNoun)) || NOUN_HEAD.test(fold(measured))) return measured;
      return `diện tích ${measured.charAt(0).toLocaleLowerCase('vi')}${measured.slice(1)}`;
    }
    // A measure (`35 km hộ lan`, `12 ha ô chôn lấp`) is not the thing measured; a thing counted is. The task done
    // to it says which of them the plan counts (`điểm đen … được xử lý dứt điểm`, `câu lạc bộ … thành lập mới`).
    // … but an area with only where or when after it (`20 ha sau khai thác`) is of land: diện tích.
    const areaOfLand = AREAS.has(fold(figure.countNoun)) && /^(?:sau|tại|ở|trong|cho|của|thuộc|trên|theo|vào)\s/u.test(after) && !/dien tich/.test(beforeRaw.folded);
    const noun = areaOfLand ? 'diện tích' : MEASURES.has(fold(figure.countNoun)) && after !== '' ? '' : figure.countNoun;
    // Nothing after the count and no task: the words before say what it is (`mỗi người dân đọc trung bình 06 cuốn`).
    if (after === '' && task === null && scope === null && beforeHasNoun) return Span.of(`${noun} ${before}`).tidy();
    const phrase = Span.of(`${noun} ${after}${task ? ` ${task}` : ''}`).tidy();
    return scope && figure.isCount ? `${phrase} (${scope})` : phrase;
  }
  const corresponding = Span.of(after).test(CORRESPONDING) ? CORRESPONDING.exec(fold(after)) : null;
  if (corresponding && previousSubject) {
    return `${previousSubject.replace(YEARLY_SUFFIX, '')} (${after.slice(0, corresponding[0].length)})`;
  }
  const afterUseful = after !== '' && !afterRaw.test(CONNECTOR_ONLY);
  // `Tỷ lệ nợ xấu dưới 3% tổng dư nợ`: a rate named before its figure is what it measures; the words after say of what whole.
  const namedRate = /^(?:ty|ti) (?:le|suat)\s/.test(fold(core));
  if (afterUseful && !((verbBefore || namedRate) && beforeHasNoun)) {
    // `Giảm tỷ lệ … 1,5 điểm phần trăm so với …`: a change in points measures the rate named before it.
    if (figure.isCount && fold(figure.countNoun) === 'diem phan tram' && beforeHasNoun) return before;
    if (figure.isCount) return Span.of(`${figure.countNoun} ${after}`).tidy();
    // `Phủ sóng di động 4G đến 100% thôn, bản`: what is measured, and the task done to it.
    // … or where it is done (`Hoàn thành kết nối … tại 100% nhà thuốc`), the task then of any length a clause has.
    const placeTask = /\s(?:den|toi|cho|tai)$/.test(fold(core)) ? task ?? (clause.start === wholeClauseStart ? taskPhrase(taskWords, 24) : null) : null;
    if (placeTask !== null) return `${after} ${placeTask}`;
    // `Kiểm tra 100% cơ sở …`, `cưỡng chế, tháo dỡ 100% công trình vi phạm …`: the share is of what the task is done to.
    // A comma before the share makes the words before it another member of a list (`thư viện xã, 70% thư viện …`).
    const listMember = /,\s*$/.test(beforeRaw.text);
    return task !== null && !listMember && !/\s(?:den|toi|cho|tai|o|voi|cua|trong)$/.test(fold(core)) ? `${after} ${task}` : after;
  }
  // `Tỷ lệ … đạt 99% ở khu vực thị trấn`: the place the share is measured in belongs to it.
  if (beforeHasNoun) return /^(?:ở|tại)\s/u.test(after) ? `${before} ${after}` : before;
  if (afterRaw.text.trim() !== '' && afterRaw.test(CONNECTOR_ONLY) && next) return null; // shares the next figure's subject
  if (previousSubject) return previousSubject.replace(YEARLY_SUFFIX, '');
  return before !== '' ? before : after !== '' ? after : null;
}

// A quantity a plan measures, opening the words before its figure (`Số lao động …`, `Diện tích …`).
export const NOUN_HEAD = /^(?:so(?! hoa)|ty le|ti le|dien tich|luong|nang suat|san luong|tong|muc|thu nhap|doanh thu|do che phu|gia tri|kim ngach|quy mo|chi so|thoi gian|khoi luong|quy|von|ty so|ti so|ty suat|ti suat|diem so|ty trong|ti trong|toc do|mat do|tuoi tho|dan so|tong dan|chieu dai|cong suat)(?:\s|$)/;
// `Mỗi xã, phường, thị trấn có 01 đội …`: `mỗi` and the bodies named, up to the verb (printed in lower case).
// A verb the list names is looked for first; else the last one or two lower-case words are taken for the verb.
const EACH_SCOPE_KNOWN = /^((?:mỗi|mọi)\s+\p{L}+(?:(?:,\s*|\s+)\p{L}+)*?)\s+(?=(?:tổ chức|có|xây dựng|duy trì|thành lập|thực hiện|triển khai|phấn đấu|đạt|hoàn thành)(?:\s|$))/iu;
const EACH_SCOPE = /^((?:mỗi|mọi)\s+\p{L}+(?:(?:,\s*|\s+)\p{L}+)*?)\s+(?=\p{Ll}+(?:\s\p{Ll}+)?\s*$)/iu;
const LOCALITY_WORDS = /(?:^|[\s,])(?:thi tran|phuong|xa|thon|ban|buon|huyen|quan|thi xa|thanh pho|to dan pho|ap|khom|lang|xom|khu pho|truong|don vi|co quan)$/;
// Verbs that only say a target is set or an event held (`Tổ chức 02 đợt …`, `Phấn đấu 100% …`): not the task.
const LIGHT_VERB = /^(?:to chuc|xay dung|thuc hien|trien khai|phan dau|dat|co|mo|hoan thanh|dam bao|bao dam|don)(?:\s+|$)/;
// Verbs that bring the thing counted into being: it is not acted on (`câu lạc bộ … thành lập mới`).
const MAKING_VERB = /^(?:thanh lap|trong|duy tri|lap dat|lap moi|phat hanh|in|xay moi|bien soan|ra mat|san xuat)(?:\s|$)/;
const TRAILING_PREPOSITION = /(?:\s(?:den|toi|cho|voi|vao|khoang|them|tong so|tai|o|tren|(?:tren|voi|voi tong) dien tich))+\s*$/;

/**
 * The task a count or share is the object of, from the words before its figure (`Xử lý dứt điểm 09 điểm đen`
 * → `được xử lý dứt điểm`); null when they are no short verb phrase or only a light verb.
 */
function taskPhrase(core: string, maxWords = 14): string | null {
  let phrase = withoutPartner(Span.of(` ${core.trim()}`).dropEnd(TRAILING_PREPOSITION).tidy());
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords || words.some((word) => /^\d/.test(word) && !/^\d+\p{L}+$/u.test(word)) || /[()“”"]/.test(phrase)) return null;
  let folded = fold(phrase);
  for (let light = LIGHT_VERB.exec(folded); light && light[0] !== ''; light = LIGHT_VERB.exec(folded)) {
    phrase = phrase.slice(light[0].length);
    folded = folded.slice(light[0].length);
  }
  phrase = phrase.replace(/^[\s,]+/, '').trim();
  // `Xây dựng mới 03 trạm`: only a light verb and its `mới`, no task.
  if (/^(?:mới|thêm|mới thêm)$/u.test(phrase.toLocaleLowerCase('vi'))) return null;
  // `Đoàn phường tổ chức 02 buổi …`: the body that does the task opens it (`… do Đoàn phường tổ chức`), a name in capitals
  // too (`Hội Nông dân xã tổ chức`); the body must be followed by a verb in lower case.
  // (`Ban hành 01 kế hoạch` opens with a verb, no body.)
  if (/^(?:Ủy ban|UBND|Phòng|Sở|Ban(?!\shành)|Trung tâm|Công an|Hội|Đoàn|Chi cục|Cục|Văn phòng|Đài|Bệnh viện|Trạm)\s/u.test(phrase)) {
    if (/\s\p{Ll}+$/u.test(phrase) && !/^\p{Lu}[\p{L}\s,-]*\p{Lu}\p{Ll}*$/u.test(phrase)) return `do ${phrase}`;
  }
  // A noun phrase (`mỗi người dân đọc`, `các xã tổ chức`, a name in capitals) is no task.
  if (phrase === '' || NOUN_HEAD.test(fold(phrase)) || /^(?:moi|cac|nhung|tung)\s/.test(fold(phrase)) || /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(phrase)) return null;
  // `toàn huyện có`, `mỗi người đạt`: a holder and a light verb, no task.
  // As printed (or bare): `đất` is no `đạt` (`Hỗ trợ đất ở cho 150 hộ`).
  if (/\s(?:có|đạt|là|co|dat|la)$/u.test(phrase.toLocaleLowerCase('vi'))) return null;
  const lower = phrase.charAt(0).toLocaleLowerCase('vi') + phrase.slice(1);
  return MAKING_VERB.test(fold(lower)) || /^(?:được|bị)\s/u.test(lower) ? lower : `được ${lower}`;
}

/** `… giảm 10% so với năm 2023`, `… so với cùng kỳ`: the comparison printed right after a figure, or null. */
export function comparisonAfter(text: string, folded: string, figure: Found, next: Found | undefined): string | null {
  const limit = Math.min(next ? next.start : folded.length, figure.end + 80);
  const match = /^\s*(?:tro (?:len|xuong)\s*)?(so voi [^,;:.\n()]*?)(?=\s*(?:[,;:\n()]|\.(?!\d)|$))/.exec(folded.slice(figure.end, limit));
  if (!match) return null;
  const start = figure.end + match[0].length - match[1]!.length;
  const printed = text.slice(start, figure.end + match[0].length).trim();
  return wordsAllowed(printed.split(/\s+/).slice(0, 2).join(' ')) ? printed : null;
}

// A level that is one word (the phrase is read word by word, so `thành phố` could never be one).
const ONE_WORD_LEVEL = new RegExp(String.raw`^(?:${levelAlternation('printed', { only: isOneWordLevel })})$`, 'u');

// The first verb of a task (`kiểm tra`, `thực hiện`), printed in lower case.
const TASK_VERB_AT = new RegExp(String.raw`^(?:${withBare(GENERIC_CUE_WORDS)}|thực hiện|thuc hien)(?![\p{L}])`, 'u');

/**
 * A task without the partner named before it (`phối hợp Báo … Quảng Ninh thực hiện …`, `phối hợp Đội Quản lý thị trường
 * số 9 kiểm tra hàng hóa …` → `kiểm tra hàng hóa …`): up to its last capitalised word and the level after it, or, where
 * the name goes on in lower case (`… thị trường số 9`), up to the first verb of a task after its capitalised words.
 */
function withoutPartner(phrase: string): string {
  if (!/^[Pp]hối hợp\s/u.test(phrase)) return phrase;
  const words = phrase.split(/\s+/);
  let last = -1;
  words.forEach((word, k) => {
    if (k > 1 && /^\p{Lu}/u.test(word)) last = k;
  });
  if (last < 0) return phrase;
  // … and the rest of its last word and its level (`Truyền hình tỉnh`, `Truyền thanh xã`).
  const level = words.slice(last + 1, last + 3).findIndex((word) => ONE_WORD_LEVEL.test(word));
  if (level >= 0) return last + level + 2 < words.length ? words.slice(last + level + 2).join(' ') : phrase;
  // The words after the name, joined once; each word's own tail is a slice of it.
  const afterName = words.slice(last + 1).join(' ');
  for (let k = last + 1, at = 0; k < words.length; at += words[k]!.length + 1, k++) {
    if (TASK_VERB_AT.test(afterName.slice(at))) return afterName.slice(at);
  }
  return last > 1 && last + 1 < words.length ? words.slice(last + 1).join(' ') : phrase;
}
