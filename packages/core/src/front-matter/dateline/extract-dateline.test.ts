import { describe, expect, it } from 'vitest';
import { extractDateline } from './extract-dateline';

describe('extractDateline', () => {
  it.each([
    [
      'DEIR EZZOR: Syria’s army and loyalist militiamen',
      'DEIR EZZOR',
      'Deir Ezzor',
      null,
      null,
      'DEIR EZZOR:',
    ],
    [
      'WASHINGTON (AP) — The Latest on the race',
      'WASHINGTON (AP)',
      'Washington',
      'AP',
      null,
      'WASHINGTON (AP) —',
    ],
    [
      'LONDON (Reuters) - British lawmakers voted',
      'LONDON (Reuters)',
      'London',
      'Reuters',
      null,
      'LONDON (Reuters) -',
    ],
    [
      'PARIS, March 2 (AFP) - France said on Monday',
      'PARIS, March 2 (AFP)',
      'Paris',
      'AFP',
      '2017-03-02',
      'PARIS, March 2 (AFP) -',
    ],
    ['ROME 1996-12-06', 'ROME 1996-12-06', 'Rome', null, '1996-12-06', 'ROME 1996-12-06'],
    [
      'HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party',
      'HEMPSTEAD, N.Y., Sept. 26 (UPI)',
      'Hempstead',
      'UPI',
      '2017-09-26',
      'HEMPSTEAD, N.Y., Sept. 26 (UPI) —',
    ],
    ['WASHINGTON -- President Obama, dedicating', 'WASHINGTON', 'Washington', null, null, 'WASHINGTON --'],
    ['BEIRUT, Lebanon — Syrian rebels said', 'BEIRUT, Lebanon', 'Beirut', null, null, 'BEIRUT, Lebanon —'],
    [
      'NEW YORK (CNNMoney) -- Stocks fell',
      'NEW YORK (CNNMoney)',
      'New York',
      'CNNMoney',
      null,
      'NEW YORK (CNNMoney) --',
    ],
    [
      'Kabul, Afghanistan (CNN) — A suicide bomber',
      'Kabul, Afghanistan (CNN)',
      'Kabul',
      'CNN',
      null,
      'Kabul, Afghanistan (CNN) —',
    ],
  ])('reads %j', (paragraph, text, place, agency, date, printed) => {
    const m = extractDateline(paragraph, 2017);
    expect(m).toMatchObject({ text, place, agency, date });
    expect(paragraph.slice(0, m!.length)).toBe(printed);
    expect(paragraph.slice(m!.bodyStart)).not.toMatch(/^\s/);
  });

  // The wires of the other packs' countries: place, date (printed as each language prints it), agency.
  it.each([
    ['BERLIN (dpa) - Die Regierung', 'Berlin', null, 'dpa', 'BERLIN (dpa) -'],
    ['BERLIN, 12. März (dpa) - Die Regierung', 'Berlin', '2017-03-12', 'dpa', 'BERLIN, 12. März (dpa) -'],
    ['WIEN (APA) - Die Regierung', 'Wien', null, 'APA', 'WIEN (APA) -'],
    ['GENF (Reuters) - Die UN', 'Genf', null, 'Reuters', 'GENF (Reuters) -'],
    ['ZÜRICH (Keystone-SDA) - Der Bundesrat', 'Zürich', null, 'Keystone-SDA', 'ZÜRICH (Keystone-SDA) -'],
    ['MÜNCHEN (KNA) - Die Kirche', 'München', null, 'KNA', 'MÜNCHEN (KNA) -'],
    ['HANNOVER (epd) - Die Diakonie', 'Hannover', null, 'epd', 'HANNOVER (epd) -'],
    ['PARIS (AFP) - Huit civils', 'Paris', null, 'AFP', 'PARIS (AFP) -'],
    [
      'BRUXELLES, 12 mars (Belga) - Le gouvernement',
      'Bruxelles',
      '2017-03-12',
      'Belga',
      'BRUXELLES, 12 mars (Belga) -',
    ],
    ['GENÈVE (Keystone-ATS) - Le Conseil', 'Genève', null, 'Keystone-ATS', 'GENÈVE (Keystone-ATS) -'],
    ['MADRID, 5 nov (EFE).- Al menos', 'Madrid', '2017-11-05', 'EFE', 'MADRID, 5 nov (EFE).-'],
    ['Madrid, 23 may (EFE). - Temperaturas', 'Madrid', '2017-05-23', 'EFE', 'Madrid, 23 may (EFE). -'],
    ['BOGOTÁ, 12 de marzo (EFE).- El Gobierno', 'Bogotá', '2017-03-12', 'EFE', 'BOGOTÁ, 12 de marzo (EFE).-'],
    [
      'Rio de Janeiro, 12 mar (EFE).- La policía',
      'Rio de Janeiro',
      '2017-03-12',
      'EFE',
      'Rio de Janeiro, 12 mar (EFE).-',
    ],
    [
      'Lyon (Francia), 23 may (EFE).- El alcalde',
      'Lyon',
      '2017-05-23',
      'EFE',
      'Lyon (Francia), 23 may (EFE).-',
    ],
    ['ROMA (ANSA) - Due persone', 'Roma', null, 'ANSA', 'ROMA (ANSA) -'],
    ['MILANO (Adnkronos) - Il sindaco', 'Milano', null, 'Adnkronos', 'MILANO (Adnkronos) -'],
    ['LISBOA (Lusa) - Dezenas', 'Lisboa', null, 'Lusa', 'LISBOA (Lusa) -'],
    [
      'SÃO PAULO (Agência Brasil) - O governo',
      'São Paulo',
      null,
      'Agência Brasil',
      'SÃO PAULO (Agência Brasil) -',
    ],
    ['DEN HAAG (ANP) - Bij een', 'Den Haag', null, 'ANP', 'DEN HAAG (ANP) -'],
    ['BRUSSEL (Belga) - De regering', 'Brussel', null, 'Belga', 'BRUSSEL (Belga) -'],
  ])('reads the wire dateline %j', (paragraph, place, date, agency, printed) => {
    const m = extractDateline(paragraph, 2017);
    expect(m).toMatchObject({ place, agency, date });
    expect(paragraph.slice(0, m!.length)).toBe(printed);
    expect(paragraph.slice(m!.bodyStart)).not.toMatch(/^\s/);
  });

  it.each([
    ['The army said it had taken full control of Albu Kamal.'],
    ['BREAKING: Stocks plunge at the open'],
    ['WALLACE: Let’s start with breaking news on the debate story.'],
    ['ABSTRACT.'],
    ['US officials said on Monday that talks would resume.'],
    ['NATO allies agreed to boost spending.'],
    ['FDP-Fraktionsvize Carl-Ludwig Thiele forderte jetzt die Bundesregierung auf.'],
    ['CLUBES.- Multa por incidentes del público.'],
  ])('finds no dateline in %j', (paragraph) => {
    expect(extractDateline(paragraph, 2017)).toBeNull();
  });

  it('gives the country of a region or a known city', () => {
    expect(extractDateline('FLINT, Mich., Oct. 4 (UPI) — Former', 2016)?.country).toBe('United States');
    expect(extractDateline('BEIRUT, Lebanon — Syrian', null)?.country).toBe('Lebanon');
    expect(extractDateline('ANTALYA (AFP) - Diplomats', null)?.country).toBe('Turkey');
  });
});
