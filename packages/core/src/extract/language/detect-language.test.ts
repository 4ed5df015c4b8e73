import { describe, expect, it } from 'vitest';
import { identifyLanguage, isRunningText, languageSample } from './detect-language';

describe('identifyLanguage: the language, or null', () => {
  it.each([
    ['The army said it had taken full control of the town, and that the fighting was over for now.', 'en'],
    [
      "L'armée a déclaré qu'elle avait pris le contrôle de la ville et que les combats sont terminés pour le moment.",
      'fr',
    ],
    [
      'Die Armee erklärte, sie habe die Kontrolle über die Stadt übernommen und die Kämpfe seien für den Moment vorbei.',
      'de',
    ],
    [
      'El ejército dijo que había tomado el control de la ciudad y que los combates habían terminado por ahora con la paz.',
      'es',
    ],
    ['Albu Kamal', null],
    // A bond notice's "NA" columns are no Portuguese "na"; team names with "De" and "Van" are no Dutch.
    ['AMT : NA DATE : NA NYC Time : NA ISSUER : NA ST : NA ISSUE : NA TAX STAT : NA', null],
    [
      'Willem II Tilburg 1 ( Van Der Vegt ) De Graafschap Doetinchem 0 . De Meern Van Gaal Het Ajax Een',
      null,
    ],
    ['', null],
    // Other scripts and languages, in sentences written for this test.
    [
      'Rząd ogłosił w poniedziałek, że nowe przepisy wejdą w życie od przyszłego miesiąca w całym kraju.',
      'pl',
    ],
    [
      'Hükümet pazartesi günü yeni kuralların önümüzdeki aydan itibaren tüm ülkede geçerli olacağını açıkladı.',
      'tr',
    ],
    [
      'Правительство в понедельник объявило, что новые правила вступят в силу со следующего месяца по всей стране.',
      'ru',
    ],
    [
      'Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι νέοι κανόνες θα ισχύσουν από τον επόμενο μήνα σε όλη τη χώρα.',
      'el',
    ],
    [
      'أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستدخل حيز التنفيذ اعتبارا من الشهر المقبل في جميع أنحاء البلاد.',
      'ar',
    ],
    ['הממשלה הודיעה ביום שני כי הכללים החדשים ייכנסו לתוקף החל מהחודש הבא בכל רחבי המדינה.', 'he'],
    ['政府は月曜日、新しい規則が来月から全国で施行されると発表した。', 'ja'],
    ['政府周一宣布，新规定将从下个月起在全国范围内实施。', 'zh'],
    ['정부는 월요일 새로운 규칙이 다음 달부터 전국적으로 시행된다고 발표했다.', 'ko'],
  ])('%j → %s', (text, lang) => {
    expect(identifyLanguage(text)?.language ?? null).toBe(lang);
  });
});

describe('languageSample', () => {
  it('reads the longest paragraphs, the prose, up to the detector sample', () => {
    const prose =
      'Le gouvernement a annoncé lundi que les nouvelles règles entreront en vigueur le mois prochain.';
    expect(languageSample(['Home', prose, 'Share this'])).toBe(prose);
    expect(languageSample(Array.from({ length: 40 }, () => prose)).length).toBeLessThan(1200);
  });
});

describe('identifyLanguage', () => {
  it('gives the lead of the best language over the next', () => {
    const found = identifyLanguage(
      'The army said it had taken full control of the town, and that the fighting was over.',
    );
    expect(found?.language).toBe('en');
    expect(found?.margin).toBeGreaterThan(0.05);
  });
});

describe('isRunningText', () => {
  it.each([
    ['prose with five words opening in lowercase', 'The council met on Monday and voted to close it.', true],
    ['four such words only', 'Council Met On Monday and voted to close', false],
    ['a headline in capitals', 'COUNCIL VOTES TO CLOSE THE BRIDGE ON MONDAY', false],
    ['words glued to a digit', '3abc 3def 3ghi 3jkl 3mno 3pqr', false],
    ['one-letter lowercase words', 'a b c d e f g h', false],
    ['lowercase words outside the BMP', '𝒶𝒷 𝒸𝒹 𝑒𝒻 𝑔𝒽 𝒾𝒿', true],
    ['twelve caseless letters', '政府周一宣布新规定将从下个月', true],
    ['eleven caseless letters', '政府周一宣布新规定将从', false],
    ['caseless letters among a few cased ones', 'AB 政府周一宣布新规定将从下', true],
  ])('%s: %s', (_, text, expected) => {
    expect(isRunningText(text)).toBe(expected);
  });
});

describe('identifyLanguage on prose full of foreign names', () => {
  it('settles a verdict eld calls unreliable when its lead is wide', () => {
    // Chinese prose with Latin product names, which eld finds too foreign to call reliable.
    const text =
      '北京的DeepMind团队表示，这款名为DNC的AI模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答与那些数据结构中的不同项目之间的关系有关的复杂问题。DeepMind希望DNC可以推动计算行业实现更多突破，AlphaGo也跟这些神经网络有很大关系。';
    expect(identifyLanguage(text)?.language).toBe('zh');
  });
});
