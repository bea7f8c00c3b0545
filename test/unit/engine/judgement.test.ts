// Each rule of the judgement on real sources of at least two different events: a claim is written from a
// source sentence with one thing changed (a figure, a date, a weekday, the polarity, the roles), and the same
// claim unchanged or reworded must not be flagged. The sources are the collection's development events
// (test/fixtures/events; the held-out events are never used here).
import * as assert from 'assert';
import { Analyzer, Claim } from '../../../src/engine';
import { eventCorpus } from './helpers';

const MOROCCO = 'morocco-earthquake-2023';
const SVB = 'silicon-valley-bank-collapse-2023';
const MURDAUGH = 'murdaugh-murder-verdict-2023';
const CHICAGO = 'chicago-mayor-runoff-2023';
const MOON = 'chandrayaan-3-moon-landing-2023';
const FINAL = 'argentina-france-world-cup-final-2022';

function check(event: string, text: string): Claim {
  const claims = new Analyzer(eventCorpus(event)).analyze('draft.md', text).claims;
  assert.strictEqual(claims.length, 1, `one claim expected in: ${text}`);
  return claims[0];
}

function contradicted(event: string, text: string, note: RegExp): void {
  const c = check(event, text);
  assert.strictEqual(c.status, 'conflicting', `${text}\n  → ${c.status}: ${c.evidence.map((e) => `${e.relation} ${e.note}`).join(' | ')}`);
  assert.notStrictEqual(c.evidence[0].relation, 'supports', 'the contradicting passage comes first');
  assert.match(c.evidence[0].note, note);
  assert.ok(c.parts.some((p) => p.status === 'conflicting' && note.test(p.note)), 'the part that differs says so');
}

function notContradicted(event: string, text: string): void {
  const c = check(event, text);
  assert.notStrictEqual(c.status, 'conflicting', `${text}\n  → ${c.evidence.map((e) => `${e.relation} ${e.note}`).join(' | ')}`);
  assert.notStrictEqual(c.status, 'unsupported', text);
}

describe('judgement on real sources of several events', function () {
  this.timeout(120000);

  describe('a figure tied to the same words contradicts, in any wording', () => {
    it('a death toll (earthquake)', () => {
      contradicted(MOROCCO, 'The Interior Ministry said 2,112 people had been killed and 2,059 injured.', /2,112 people.*2,012 people/);
      contradicted(MOROCCO, 'Officials said the quake killed 2,112 people, with 1,404 in critical condition.', /2,112.*2,012/);
      notContradicted(MOROCCO, 'Officials said the quake killed 2,012 people, with 1,404 in critical condition.');
    });
    it('a number of days (court) and of branches (bank)', () => {
      contradicted(MURDAUGH, 'Murdaugh’s defense attorneys said they would file a notice of appeal within 20 days.', /20 days.*10 days/);
      notContradicted(MURDAUGH, 'Murdaugh’s defense attorneys said they would file a notice of appeal within 10 days.');
      contradicted(SVB, 'The bank had 27 branches in California and Massachusetts, the FDIC said.', /27 branches.*17 branches/);
      notContradicted(SVB, 'The FDIC said the lender had 17 branches in California and Massachusetts.');
    });
    it('a measure named before its figure (magnitude) and a figure that is the other rounded', () => {
      contradicted(MOROCCO, 'The US Geological Survey said the quake had a magnitude of 7.8.', /7\.8.*6\.8/);
      notContradicted(SVB, 'Shares of SVB Financial dropped as much as 60% on Thursday.');
    });
  });

  describe('dates and weekdays', () => {
    it('another day of the month (space mission, bank)', () => {
      contradicted(MOON, 'The spacecraft was launched on July 24 aboard an LVM-3 rocket.', /July 24.*July 14/);
      contradicted(SVB, 'All insured depositors will have full access to their insured deposits no later than Monday morning, March 14.', /March 14.*March 13/);
    });
    it('another clock time, read on a twelve-hour clock where the source gives no a.m./p.m. (space mission, election)', () => {
      contradicted(MOON, 'The lander touched down on the lunar surface at 6:14 p.m. local time in India.', /6:14 p\.m\..*6\.04/);
      notContradicted(MOON, 'The lander touched down on the lunar surface at 6:04 p.m. local time in India.');
      contradicted(CHICAGO, 'Vallas conceded defeat at 10:45 p.m. at the Hyatt Regency Chicago.', /10:45 p\.m\..*9:45 p\.m\./);
      notContradicted(CHICAGO, 'Vallas conceded defeat at 9:45 p.m. at the Hyatt Regency Chicago.');
    });
    it('another weekday (court, election)', () => {
      contradicted(MURDAUGH, 'Murdaugh was sentenced on Thursday to two consecutive life terms.', /Thursday.*Friday/);
      contradicted(CHICAGO, 'Johnson beat Vallas in the runoff on Wednesday to become Chicago’s next mayor.', /Wednesday.*Tuesday/);
    });
  });

  describe('polarity', () => {
    it('a negation the sources do not have, or drop (election, earthquake)', () => {
      contradicted(CHICAGO, 'Johnson has pledged to raise property taxes.', /opposite/);
      notContradicted(CHICAGO, 'Johnson has vowed not to raise property taxes.');
      contradicted(MOROCCO, 'Marrakech’s famous Koutoubia Mosque, built in the 12th century, was not damaged.', /opposite/);
    });
    it('a WordNet antonym in the same place (bank shares, court verdict)', () => {
      contradicted(SVB, 'Shares of SVB Financial rose as much as 60% on Thursday.', /rose.*dropped/);
      contradicted(MURDAUGH, 'A jury acquitted Murdaugh of murdering his wife and son.', /acquitted/);
      notContradicted(MURDAUGH, 'A jury convicted Murdaugh of murdering his wife and son.');
    });
  });

  describe('roles', () => {
    it('who did what to whom, reversed (football, election)', () => {
      contradicted(FINAL, 'Randal Kolo Muani fouled Nicolas Otamendi in the box.', /roles reversed/);
      notContradicted(FINAL, 'Randal Kolo Muani was fouled by Nicolas Otamendi in the box.');
      contradicted(FINAL, 'France beat Argentina 4-2 on penalties in the World Cup final.', /roles reversed/);
      notContradicted(FINAL, 'Argentina beat France 4-2 on penalties in the World Cup final.');
      contradicted(CHICAGO, 'Vallas beat Johnson in the runoff to become Chicago’s next mayor.', /roles reversed/);
    });
    it('another person of the same surname (court, election)', () => {
      contradicted(MURDAUGH, 'Judge Richard Newman sentenced Murdaugh to two consecutive life terms.', /another person: Judge Richard Newman here, Clifton Newman/);
      notContradicted(MURDAUGH, 'Judge Clifton Newman sentenced Murdaugh to two consecutive life terms.');
      contradicted(CHICAGO, 'Brandon Johnson defeated Peter Vallas on Tuesday to become the 57th mayor of Chicago.', /Peter Vallas here, Paul Vallas/);
      notContradicted(CHICAGO, 'Brandon Johnson defeated Paul Vallas on Tuesday to become the 57th mayor of Chicago.');
    });
    it('through a pronoun in the source (“He thanked PM Modi”)', () => {
      contradicted(MOON, 'Modi thanked Somanath for being a part of the successful journey.', /roles reversed/);
    });
  });

  describe('quotes and their speakers', () => {
    it('a quotation that runs on into the next sentence is its speaker’s, named where it opens (earthquake, election)', () => {
      // “We are all devastated …. France stands ready to help with first aid.” — Macron, named in the sentence before.
      contradicted(MOROCCO, '"France stands ready to help with first aid," said Spanish Prime Minister Pedro Sanchez.', /said by Sanchez here, by Macron/);
      notContradicted(MOROCCO, '"France stands ready to help with first aid," said French President Emmanuel Macron.');
      // Vallas's remark runs over three sentences after “…,” Vallas said.
      contradicted(CHICAGO, '"I look forward to working with him and providing him with the support he needs to be successful," Johnson said.', /said by Johnson here, by Vallas/);
      notContradicted(CHICAGO, '"I look forward to working with him and providing him with the support he needs to be successful," Vallas said.');
    });
  });
});
