import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { extractEntities } from '../entities/extract-entities';
import { extractQuotes } from './extract-quotes';

function quotesOf(text: string) {
  const doc = annotate(readText(text));
  return extractQuotes(doc, extractEntities(doc)).map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    cue: q.cue?.text ?? null,
  }));
}

/** The speaker phrase of each quote, as written. */
function speakerOf(text: string) {
  const doc = annotate(readText(text));
  return extractQuotes(doc, extractEntities(doc)).map((q) => q.speaker?.text);
}

// Each row failed before: no quote at all, or the wrong content.
const rows: [string, string, { text: string; speaker: string; cue: string }][] = [
  [
    'a dateline the reader found is no part of the content before the cue',
    'Town retaken\n\nBERLIN (dpa) - The government plans to lift sanctions, officials said on Thursday.',
    { text: 'The government plans to lift sanctions', speaker: 'officials', cue: 'said' },
  ],
  [
    'nor a dateline closed by a colon',
    'Town retaken\n\nDEIR EZZOR: The army retook the town, a monitor said.',
    { text: 'The army retook the town', speaker: 'a monitor', cue: 'said' },
  ],
  [
    'a participle after a comma inside the closing mark',
    'Donald Trump praised "New York values," saying the city embodied the courage of the country.',
    { text: 'the city embodied the courage of the country', speaker: 'Donald Trump', cue: 'saying' },
  ],
  [
    'content before the cue when only a place phrase follows it',
    'The plan is reckless, Hollande said Tuesday in Paris, noting the cost.',
    { text: 'The plan is reckless', speaker: 'Hollande', cue: 'said' },
  ],
  [
    'a name before a dashed apposition',
    'Jason Sims — a teacher from Mount Pleasant — says he made a late decision to vote for Rubio.',
    { text: 'he made a late decision to vote for Rubio', speaker: 'Jason Sims', cue: 'says' },
  ],
  [
    'a second verb after ", then"',
    'Kasich offered the man a job as Secretary of Defense, then says he will welcome advice from anyone.',
    { text: 'he will welcome advice from anyone', speaker: 'Kasich', cue: 'says' },
  ],
  [
    'a long apposition between the quotation and its speaker',
    '"If Reagan had gone with Kemp, I would have been sitting in Siberia," Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.',
    {
      text: 'If Reagan had gone with Kemp, I would have been sitting in Siberia',
      speaker: 'Daniloff',
      cue: 'said',
    },
  ],
  [
    'a colon after the words that follow the cue',
    'Mr. Kim, who was traveling in Europe this week, said in a recent issue of the magazine: "You have to put jobs at risk."',
    { text: 'You have to put jobs at risk.', speaker: 'Kim', cue: 'said' },
  ],
  [
    'a passive question with its agent',
    'Herman Cain, who hosts a radio show, was asked by a caller why young men are coming to the country.',
    { text: 'why young men are coming to the country', speaker: 'a caller', cue: 'asked' },
  ],
  [
    'a cue set off by commas before words that are no clause',
    'Democrats, Frank notes, applaud the careful management of the first governor of the state.',
    {
      text: 'applaud the careful management of the first governor of the state',
      speaker: 'Frank',
      cue: 'notes',
    },
  ],
  [
    'content before a cue that a participle follows',
    'She had struggled her whole life, Cruz explained, recalling the time he visited her.',
    { text: 'She had struggled her whole life', speaker: 'Cruz', cue: 'explained' },
  ],
  [
    'an opening "But" before an inverted cue',
    'But that is not good enough, said Howard Rubel, a senior analyst at Jefferies.',
    { text: 'But that is not good enough', speaker: 'Howard Rubel', cue: 'said' },
  ],
  [
    'a second cue after "continued to"',
    'And he continued to complain that Mr. Khan had been unfair to him.',
    { text: 'Mr. Khan had been unfair to him', speaker: 'he', cue: 'continued to complain' },
  ],
  [
    'a name ending in an abbreviation',
    'Vice President Joseph R. Biden Jr. said the remarks had already made him a danger to allies.',
    {
      text: 'the remarks had already made him a danger to allies',
      speaker: 'Joseph R. Biden Jr',
      cue: 'said',
    },
  ],
  [
    'an adverb set off by commas after the speaker',
    'Proponents of the new bill, however, say it would keep enough federal safeguards in place.',
    {
      text: 'it would keep enough federal safeguards in place',
      speaker: 'Proponents of the new bill',
      cue: 'say',
    },
  ],
  [
    'a description before a dashed aside',
    'Cyber security experts — including two former officials — said they believed Russia engineered the release.',
    { text: 'they believed Russia engineered the release', speaker: 'Cyber security experts', cue: 'said' },
  ],
  [
    'a description opening the clause before an aside',
    'Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.',
    { text: 'taxing consumption encourages savings', speaker: 'Democratic economists', cue: 'say' },
  ],
  [
    'a long titled name before a description',
    'Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both men.',
    { text: 'it will help both men', speaker: 'Lee Zeldin', cue: 'said' },
  ],
  [
    'a lowercase speaker after an inverted cue',
    "Obama's rise may have surprised the black community more than anyone else, said several observers.",
    {
      text: "Obama's rise may have surprised the black community more than anyone else",
      speaker: 'several observers',
      cue: 'said',
    },
  ],
  [
    'an aside written with two hyphens',
    'A former candidate -- John McCain, who lost the 2008 election -- said the president offered no changes.',
    { text: 'the president offered no changes', speaker: 'A former candidate', cue: 'said' },
  ],
  [
    'content after a mid-sentence "according to"',
    'While most of those were marked confidential, according to a State Department official, two in the latest batch were marked secret.',
    {
      text: 'two in the latest batch were marked secret',
      speaker: 'a State Department official',
      cue: 'according to',
    },
  ],
  [
    'an inverted speaker with a possessive',
    "The company will stay in the state, said the company's chief executive, John Ferriola.",
    { text: 'The company will stay in the state', speaker: "the company's chief executive", cue: 'said' },
  ],
  [
    'content before a cue followed by "after"',
    'Outright victory is vital, he said after meeting aides on Thursday.',
    { text: 'Outright victory is vital', speaker: 'he', cue: 'said' },
  ],
  [
    'a noun phrase reported by a cue of stating',
    'Mr. Ryan reiterated his support for the nominee on Thursday.',
    { text: 'his support for the nominee on Thursday', speaker: 'Ryan', cue: 'reiterated' },
  ],
  [
    'a cue and its preposition',
    'The delegate warned of a ferocious battle ahead that could split the party.',
    {
      text: 'a ferocious battle ahead that could split the party',
      speaker: 'The delegate',
      cue: 'warned of',
    },
  ],
  [
    'a parenthetical "as" before the speaker',
    'Invoking the specters of Weimar is a classic scare tactic, as David Dayen noted in The Intercept.',
    {
      text: 'Invoking the specters of Weimar is a classic scare tactic',
      speaker: 'David Dayen',
      cue: 'noted',
    },
  ],
  [
    'a quoted show after the cue',
    'Mary Smith spoke on Wednesday. Kasich was the better candidate, she said on MSNBC\'s "Morning Joe."',
    { text: 'Kasich was the better candidate', speaker: 'Mary Smith', cue: 'said' },
  ],
  [
    'a place adverb before a time after the addressee',
    'Mr. Rubio told voters here Sunday that he would keep up his attacks.',
    { text: 'he would keep up his attacks', speaker: 'Rubio', cue: 'told' },
  ],
  [
    '"there" that opens the content',
    "The owner said there's little room for a profit at the promotional price.",
    { text: "there's little room for a profit at the promotional price", speaker: 'The owner', cue: 'said' },
  ],
  [
    'a clause between commas before an inverted cue is no apposition',
    'Even as the tour moves to Leeds, the crowds will be thin, said Maria Okafor, a promoter in Leeds.',
    {
      text: 'Even as the tour moves to Leeds, the crowds will be thin',
      speaker: 'Maria Okafor',
      cue: 'said',
    },
  ],
  [
    'a coordinator that opens a clause, not an adverbial',
    'But the council rejected the bid, according to two planners.',
    { text: 'But the council rejected the bid', speaker: 'two planners', cue: 'according to' },
  ],
  [
    '"to" before a noun phrase after the cue is an adjunct',
    'The bridge will close for a month, Okafor said at a meeting to the residents.',
    { text: 'The bridge will close for a month', speaker: 'Okafor', cue: 'said' },
  ],
  [
    'a gerund of speech after a preposition',
    'The mayor angered the union by saying that the depot would be sold.',
    { text: 'the depot would be sold', speaker: 'The mayor', cue: 'saying' },
  ],
  [
    'a participle of a verb of saying in -ing after a comma',
    'The tenants have filed a complaint, alleging that the landlord ignored the leaks.',
    { text: 'the landlord ignored the leaks', speaker: 'The tenants', cue: 'alleging' },
  ],
  [
    'the subject of the verb an infinitive cue hangs on',
    'Okafor went on to explain that the depot had been sold in March.',
    { text: 'the depot had been sold in March', speaker: 'Okafor', cue: 'explain' },
  ],
  [
    'a short phrase of the person told before "that"',
    'Okafor had to explain to the council that the depot had been sold.',
    { text: 'the depot had been sold', speaker: 'Okafor', cue: 'explain' },
  ],
  [
    'a promise in the infinitive, before a participle of its own',
    'The mayor has promised to reopen the depot by June, while also warning that the budget is tight.',
    { text: 'to reopen the depot by June', speaker: 'The mayor', cue: 'promised' },
  ],
  [
    'an "according to" aside after a clause opener',
    'The depot will stay shut through the winter and into the spring, because, according to Okafor, the roof is unsafe.',
    { text: 'the roof is unsafe', speaker: 'Okafor', cue: 'according to' },
  ],
  [
    'a relative "which" speaks for the noun before it',
    'The delay angered the ministry, which has strongly denied that the depot was sold.',
    { text: 'the depot was sold', speaker: 'the ministry', cue: 'denied' },
  ],
  [
    'an adverb between the speaker and the cue',
    'Okafor pointedly said the depot would stay shut.',
    { text: 'the depot would stay shut', speaker: 'Okafor', cue: 'said' },
  ],
  [
    'a bare verb after the infinitive marker, though the word is also a noun',
    'Okafor went on to call the depot "a disgrace to the city."',
    { text: 'a disgrace to the city.', speaker: 'Okafor', cue: 'call' },
  ],
  [
    'a short quotation closing on its own comma is no adjective',
    'Okafor called the plan a "reckless gamble," adding that the council would vote again.',
    { text: 'reckless gamble', speaker: 'Okafor', cue: 'called' },
  ],
  [
    'a share of those polled',
    'In the survey, 47% say the depot should reopen before the winter.',
    { text: 'the depot should reopen before the winter', speaker: '47%', cue: 'say' },
  ],
  [
    'a speaker before an aside set off by spaced hyphens',
    'Some residents - including two members of the council - warn that the depot will never reopen.',
    { text: 'the depot will never reopen', speaker: 'Some residents', cue: 'warn' },
  ],
  [
    'a pronoun whose auxiliary the tokeniser splits off',
    "Okafor claims he's owed $4 million by the county.",
    { text: "he's owed $4 million by the county", speaker: 'Okafor', cue: 'claims' },
  ],
  [
    'a contracted pronoun after a noun-like plural form (the canonical text writes the apostrophe straight)',
    'The grocers counter they’re the last shops on the square.',
    { text: "they're the last shops on the square", speaker: 'The grocers', cue: 'counter' },
  ],
  [
    'a noun-like plural form after a plural noun, before "that"',
    'Several parent groups note that the school closed its library in May.',
    { text: 'the school closed its library in May', speaker: 'Several parent groups', cue: 'note' },
  ],
  [
    'a noun-like plural form after a plural noun, before a pronoun and its verb',
    'Local shopkeepers claim it will empty the square by winter.',
    { text: 'it will empty the square by winter', speaker: 'Local shopkeepers', cue: 'claim' },
  ],
  [
    'a long phrase of the occasion before "that"',
    "Okafor argued during Tuesday's council budget hearing that the depot should reopen.",
    { text: 'the depot should reopen', speaker: 'Okafor', cue: 'argued' },
  ],
  [
    'a phrase with a possessive and a quoted title before "that"',
    "Okafor said on WXYZ's ''Morning Report'' on Sunday that the depot would reopen.",
    { text: 'the depot would reopen', speaker: 'Okafor', cue: 'said' },
  ],
  [
    'a person told whose name is also a past tense',
    "Okafor complained to Channel 4' Mary Rose that the depot had been closed without warning.",
    { text: 'the depot had been closed without warning', speaker: 'Okafor', cue: 'complained' },
  ],
  [
    'a participle of saying right after a name, with no comma',
    'The hearing ended with Councillor Ada Okafor calling the plan a disgrace.',
    { text: 'the plan a disgrace', speaker: 'Ada Okafor', cue: 'calling' },
  ],
  [
    'a statement put out, with the participle that says what it said',
    'The council released a statement on Friday condemning the closure of the depot.',
    {
      text: 'the closure of the depot',
      speaker: 'The council',
      cue: 'released a statement on Friday condemning',
    },
  ],
  [
    'a statement put out, then "saying"',
    'The grocers put out a statement saying the market would close early.',
    { text: 'the market would close early', speaker: 'The grocers', cue: 'put out a statement saying' },
  ],
  [
    'a statement put out, then "that"',
    'Okafor issued a statement that the depot would reopen in May.',
    { text: 'the depot would reopen in May', speaker: 'Okafor', cue: 'issued a statement' },
  ],
  [
    'a noun of saying after a name and its possessive',
    "Okafor's claim that the depot was sold in secret angered the council.",
    { text: 'the depot was sold in secret angered the council', speaker: 'Okafor', cue: 'claim' },
  ],
  [
    'a noun of saying after a possessive pronoun and an adjective',
    'Ada Okafor said the depot was closing. The council rejected her repeated warning that the roof would fall.',
    { text: 'the roof would fall', speaker: 'Ada Okafor', cue: 'warning' },
  ],
  [
    'a noun of asking after a possessive, with "for"',
    "The riders backed Okafor's call for a vote on the depot.",
    { text: 'a vote on the depot', speaker: 'Okafor', cue: 'call for' },
  ],
  [
    'a noun of promising after a possessive, with "to"',
    "Okafor's pledge to reopen the depot by May won the riders over.",
    { text: 'to reopen the depot by May won the riders over', speaker: 'Okafor', cue: 'pledge' },
  ],
  [
    'a dotted acronym of five letters in an "according to" source, after a clause that opens like a time phrase',
    'This depot had two bays and a loading dock, according to F.A.A.B. records.',
    {
      text: 'This depot had two bays and a loading dock',
      speaker: 'F.A.A.B. records',
      cue: 'according to',
    },
  ],
  [
    'a clause with no "that" whose subject holds a possessive',
    "Okafor contends the council's riders may switch to the night buses.",
    { text: "the council's riders may switch to the night buses", speaker: 'Okafor', cue: 'contends' },
  ],
  [
    'a clause with no "that" whose subject is long',
    "Okafor argued the council's plan to close the depot by the square would hurt trade.",
    {
      text: "the council's plan to close the depot by the square would hurt trade",
      speaker: 'Okafor',
      cue: 'argued',
    },
  ],
  [
    'a quotation that opens a sentence the writer finishes before the cue',
    '"Boots on the ground" would be the right answer, the senator said after the vote.',
    { text: 'Boots on the ground', speaker: 'the senator', cue: 'said' },
  ],
  [
    'a quotation that opens a sentence the writer finishes before an inverted cue',
    '"Many riders would call that a failure" if the depot closed in May, said Ada Okafor, a planner.',
    { text: 'Many riders would call that a failure', speaker: 'Ada Okafor', cue: 'said' },
  ],
  [
    'a participle in an opening phrase: the subject of the clause after its comma speaks',
    'Tom Reed spoke first. While saying that the depot was safe, Ada Okafor closed it anyway.',
    { text: 'the depot was safe', speaker: 'Ada Okafor', cue: 'saying' },
  ],
  [
    'a participle in an opening phrase before a description that opens the clause',
    'Tom Reed spoke first. In describing the plan as reckless, the mayor sided with the riders.',
    { text: 'the plan as reckless', speaker: 'the mayor', cue: 'describing' },
  ],
  [
    'a cue whose object is what was said keeps it before a participle of saying',
    'Okafor called for a full inquiry into the depot fire, saying the council had failed.',
    { text: 'a full inquiry into the depot fire', speaker: 'Okafor', cue: 'called for' },
  ],
  [
    'a cue whose object is what was said keeps it before a participle of adding',
    'Okafor denounced the closure, adding that the council had lied.',
    { text: 'the closure', speaker: 'Okafor', cue: 'denounced' },
  ],
  [
    'a cue whose clause has no "that" keeps it before a participle of saying',
    'Okafor wrote the council had misled the riders, saying it was a scandal.',
    { text: 'the council had misled the riders', speaker: 'Okafor', cue: 'wrote' },
  ],
  [
    'a reported clause before a second verb whose object holds a quotation',
    'Tom Reed says he respects Okafor and calls her "a very able woman with a fine record."',
    { text: 'he respects Okafor', speaker: 'Tom Reed', cue: 'says' },
  ],
  [
    'a reported clause before a relative clause that holds a quotation',
    'The riders say they are not trying to avoid the mayor, who has been criticised for calling the depot "a disgrace to the city."',
    { text: 'they are not trying to avoid the mayor', speaker: 'The riders', cue: 'say' },
  ],
  [
    'a reported clause before "but" and a verb whose clause holds a quotation',
    'Mr. Adeyemi said he did not own the buses to promote his firm, but agreed that the fleet had "great value."',
    { text: 'he did not own the buses to promote his firm', speaker: 'Adeyemi', cue: 'said' },
  ],
  [
    'a subject before a cue set off by commas and its predicate after it',
    'The depot had a new timetable - and the permit, the council said, had been hard to get.',
    { text: 'the permit, the council said, had been hard to get', speaker: 'the council', cue: 'said' },
  ],
  [
    'a subject before a cue set off by commas and its predicate after an adverb',
    'Bound by a long border and old trade, the two cities, the mayor said, now have a chance to share a tram line.',
    {
      text: 'the two cities, the mayor said, now have a chance to share a tram line',
      speaker: 'the mayor',
      cue: 'said',
    },
  ],
  [
    'a subject before a cue set off by commas and a predicate after it longer than the subject',
    'The goal, the mayor said, is to run a bus every ten minutes on every line of the city.',
    {
      text: 'The goal, the mayor said, is to run a bus every ten minutes on every line of the city',
      speaker: 'the mayor',
      cue: 'said',
    },
  ],
  [
    'a clause after a cue set off by commas that opens with a subordinator, after an opening phrase',
    'In the early years, Okafor said, when she was earning little, a manager offered her a loan.',
    {
      text: 'when she was earning little, a manager offered her a loan',
      speaker: 'Okafor',
      cue: 'said',
    },
  ],
  [
    'content before an inverted cue whose speaker a relative clause follows',
    'The depot is a disgrace to the city, said the man who built his career on the buses.',
    { text: 'The depot is a disgrace to the city', speaker: 'the man', cue: 'said' },
  ],
  [
    'content before a cue whose channel is a compound of channel nouns',
    'The depot will close in May, Okafor said in a video message to the council.',
    { text: 'The depot will close in May', speaker: 'Okafor', cue: 'said' },
  ],
  [
    'a noun of saying whose speaker a "from" phrase gives, before its "that" clause',
    'The minister hit back at complaints from his former deputy that the depot was unsafe.',
    { text: 'the depot was unsafe', speaker: 'his former deputy', cue: 'complaints' },
  ],
  [
    'a noun of saying whose speaker a "by" phrase gives, before its "that" clause',
    'The council spent months pushing back against claims by two riders that the buses were late.',
    { text: 'the buses were late', speaker: 'two riders', cue: 'claims' },
  ],
  [
    'a noun of saying whose speaker a "from" phrase gives, before what it promised',
    'The deal binds together pledges from several cities to cut bus fares by half.',
    { text: 'to cut bus fares by half', speaker: 'several cities', cue: 'pledges' },
  ],
  [
    'content before "told" and the people told, closing the sentence',
    'The depot will close in May, Okafor told the riders.',
    { text: 'The depot will close in May', speaker: 'Okafor', cue: 'told' },
  ],
  [
    'content before "told" and the people told, before a time',
    'The depot will close in May, Okafor told a crowd of riders on Friday.',
    { text: 'The depot will close in May', speaker: 'Okafor', cue: 'told' },
  ],
  [
    'a quantifier that opens the sentence as the subject of a cue',
    'Some said they have cringed as Okafor likened the plan to a scam.',
    { text: 'they have cringed as Okafor likened the plan to a scam', speaker: 'Some', cue: 'said' },
  ],
  [
    'a noun-like form with "-s" after a singular noun, before a clause',
    'The candidate claims his fortune is in excess of $10 billion.',
    { text: 'his fortune is in excess of $10 billion', speaker: 'The candidate', cue: 'claims' },
  ],
  [
    'a noun-like form with "-s" after a singular noun, before "that"',
    'Along with other charges, the suit claims that Okafor lied to the council.',
    { text: 'Okafor lied to the council', speaker: 'the suit', cue: 'claims' },
  ],
  [
    'a noun of saying owned by a description its article opens',
    "The riders rejected the council's earlier claim that the depot was safe.",
    { text: 'the depot was safe', speaker: 'the council', cue: 'claim' },
  ],
  [
    'a participle after an adverb after its progressive auxiliary',
    'Party leaders are increasingly admitting that they are nervous about the vote.',
    { text: 'they are nervous about the vote', speaker: 'Party leaders', cue: 'admitting' },
  ],
  [
    'a coordinated cue after its auxiliary',
    'Ada Okafor opposed the plan and has said it would fail.',
    { text: 'it would fail', speaker: 'Ada Okafor', cue: 'said' },
  ],
  [
    'a noun-like form of promising after a noun and its article, before its infinitive',
    'The plan promises to lift wages for the riders.',
    { text: 'to lift wages for the riders', speaker: 'The plan', cue: 'promises' },
  ],
  [
    'a claim whose content is its infinitive',
    'Okafor claims to desire a fair vote.',
    { text: 'to desire a fair vote', speaker: 'Okafor', cue: 'claims' },
  ],
  [
    'a cue in a relative clause whose comma closes it before the main verb',
    'Tom Reed, who says the city should build more depots, wrote that the plan would fail.',
    { text: 'the city should build more depots', speaker: 'Tom Reed', cue: 'says' },
  ],
  [
    'a participle after an adverb after its comma',
    'Okafor has expressed frustration about the vote, recently telling a friend that she is perplexed.',
    { text: 'she is perplexed', speaker: 'Okafor', cue: 'telling' },
  ],
  [
    'a noun-like form after the comma that closes an apposition, before its "that" clause',
    'Tom Reed, who drove a bus for years, states that the job was hard.',
    { text: 'the job was hard', speaker: 'Tom Reed', cue: 'states' },
  ],
  [
    '"since" between the auxiliary and the cue',
    'Okafor has since stressed that she did not sign the deal.',
    { text: 'she did not sign the deal', speaker: 'Okafor', cue: 'stressed' },
  ],
  [
    'a bare noun-like form after an auxiliary',
    'He did note that the depot had won an award.',
    { text: 'the depot had won an award', speaker: 'He', cue: 'note' },
  ],
  [
    'a noun-like form after an adverb',
    'Tom Reed frequently notes that he was the first to ride the new line.',
    { text: 'he was the first to ride the new line', speaker: 'Tom Reed', cue: 'notes' },
  ],
  [
    'a noun-like form after a coordinator, before its infinitive',
    'Okafor wins Salem and vows to press on to the next primary.',
    { text: 'to press on to the next primary', speaker: 'Okafor', cue: 'vows' },
  ],
  [
    'a coordinated cue after a time phrase',
    'Ada Okafor has been critical of the plan but on Tuesday wrote that it could work.',
    { text: 'it could work', speaker: 'Ada Okafor', cue: 'wrote' },
  ],
  [
    'a noun-like form that names what its object pronoun is, after a noun',
    'The campaign calls it a false narrative.',
    { text: 'it a false narrative', speaker: 'The campaign', cue: 'calls' },
  ],
  [
    'content before a parenthetical cue that only a time follows',
    'The depot will close in May, as the Gazette reported a few days later.',
    { text: 'The depot will close in May', speaker: 'Gazette', cue: 'reported' },
  ],
  [
    'content before a cue that only a time with its modifier follows',
    'The mayor used a private account, the Gazette reported late Thursday.',
    { text: 'The mayor used a private account', speaker: 'Gazette', cue: 'reported' },
  ],
  [
    'a noun-like form that names what its object pronoun is, after an apposition',
    'Tom Reed, a planner at the depot, calls it a mistake.',
    { text: 'it a mistake', speaker: 'Tom Reed', cue: 'calls' },
  ],
  [
    'a phrase describing the people before it runs on through its preposition ("familiar with")',
    'People familiar with the matter said the depot would be sold.',
    { text: 'the depot would be sold', speaker: 'People familiar with the matter', cue: 'said' },
  ],
  [
    'and through "close to"',
    'Two sources close to the talks told Reuters the fares would fall.',
    { text: 'the fares would fall', speaker: 'Two sources close to the talks', cue: 'told' },
  ],
  [
    'and through "at" after a noun for people',
    'Officials at the ministry said the depot would reopen.',
    { text: 'the depot would reopen', speaker: 'Officials at the ministry', cue: 'said' },
  ],
  [
    'a participle after "instead" takes the subject of the clause before',
    'Tom Reed, meanwhile, left the depot, instead only saying he would not sell the buses.',
    { text: 'he would not sell the buses', speaker: 'Tom Reed', cue: 'saying' },
  ],
  [
    '"even" before the cue is no part of the speaker',
    'Some riders even insist the depot will reopen.',
    { text: 'the depot will reopen', speaker: 'Some riders', cue: 'insist' },
  ],
  [
    'a relative clause after "which he said" ends where the sentence\'s own predicate resumes',
    'The plan, which Okafor said would cost billions, was dropped.',
    { text: 'would cost billions', speaker: 'Okafor', cue: 'said' },
  ],
  [
    'and after "who said" once its content has had its verb',
    'Okafor, who said the depot was sold, lost the vote.',
    { text: 'the depot was sold', speaker: 'Okafor', cue: 'said' },
  ],
  [
    "but not at an aside after the content's subject",
    'Okafor, who said the two men, and Reed in particular, must do more, left.',
    { text: 'the two men, and Reed in particular, must do more', speaker: 'Okafor', cue: 'said' },
  ],
];

describe('attribution forms', () => {
  it.each(rows)('%s', (_, text, expected) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });

  it('reads a passive question as put to its subject, by no one named', () => {
    const doc = annotate(readText('At a town hall, Clinton was asked about securing the border.'));
    const [quote] = extractQuotes(doc, extractEntities(doc));
    expect(quote).toMatchObject({ type: 'indirect', text: 'about securing the border', speaker: null });
    expect(quote?.addressee?.text).toBe('Clinton');
  });

  it('reads a question after a phrase of place or an adverb between it and its cue', () => {
    expect(quotesOf('Asked on Fox News who runs the depot now, Okafor said the council.')).toContainEqual({
      text: 'who runs the depot now',
      speaker: null,
      cue: 'Asked',
    });
    expect(quotesOf('When asked specifically whether the depot would close, Okafor said no.')).toContainEqual(
      {
        text: 'whether the depot would close',
        speaker: null,
        cue: 'asked',
      },
    );
  });

  it('reads a passive question that opens with "which"', () => {
    expect(quotesOf('Voters were asked which bridge should be rebuilt first.')).toContainEqual({
      text: 'which bridge should be rebuilt first',
      speaker: null,
      cue: 'asked',
    });
  });

  it('keeps noun-like forms that stand for nouns out of the quotes', () => {
    // A plural noun before them, but no clause after ("claims of fraud"), or no plural noun before them.
    expect(quotesOf('Opponents voiced claims of fraud at the hearing.')).toEqual([]);
    expect(quotesOf('There were claims that he had left the county.')).toEqual([]);
    expect(quotesOf('Amid calls that he resign, the mayor left.')).toEqual([]);
    expect(quotesOf('The phone calls the mayor made were long.')).toEqual([]);
    expect(quotesOf('There is strong demand for drivers who can work at night.')).toEqual([]);
    expect(quotesOf('The three early states hold their votes in January.')).toEqual([]);
    expect(quotesOf('The race promises to be close.')).toEqual([]);
    expect(quotesOf('Primaries in Southern states that vote in March favour Okafor.')).toEqual([]);
    expect(quotesOf('The council reviewed a New Jersey Watchdog report released in May.')).toEqual([]);
    expect(quotesOf('Do you have someone you can call if you need help with the move?')).toEqual([]);
  });

  it('reads "state" after a place\'s name as a noun, not a cue', () => {
    expect(quotesOf('New York state now has more cases than any country.')).toEqual([]);
    expect(quotesOf('Officials in Washington state said the roads were closed.')).toEqual([
      { text: 'the roads were closed', speaker: 'Officials in Washington state', cue: 'said' },
    ]);
    expect(quotesOf('The officials state that the roads were closed.')).toEqual([
      { text: 'the roads were closed', speaker: 'The officials', cue: 'state' },
    ]);
  });

  it("reads a participle that modifies a description as no cue when the clause's verb follows its adjuncts", () => {
    expect(quotesOf('The daily rise in deaths announced in Salem on Friday was 777.')).toEqual([]);
    expect(quotesOf('The plan announced by the mayor on Friday was popular.')).toEqual([]);
    expect(quotesOf('The figures reported last week were wrong.')).toEqual([]);
    // A clause, an infinitive or a subject after the adjuncts is still the content.
    expect(quotesOf('The council announced on Friday that the plan was popular.')).toHaveLength(1);
    expect(quotesOf('The mayor promised to be tough on crime.')).toHaveLength(1);
    expect(quotesOf('The ministry reported on Friday the army was advancing.')).toHaveLength(1);
  });

  it('keeps a lead that is maintained out of the quotes', () => {
    expect(quotesOf('Clinton maintained a wide lead over Sanders among black voters.')).toEqual([]);
  });

  it('gives no speaker to an infinitive cue whose chain holds a verb of saying or a pronoun', () => {
    expect(quotesOf('The mayor urged them to say that the plan works.')).not.toContainEqual(
      expect.objectContaining({ cue: 'say' }),
    );
    expect(quotesOf('It is hard to say whether the plan works.')).toEqual([]);
    expect(quotesOf('The grocer has been careful to maintain the reputation built on its fish.')).toEqual([]);
  });

  it('reads no clause after an inverted cue as its speaker', () => {
    const speakers = quotesOf('About two-thirds, 67 percent, say they will vote for Okafor.').map(
      (q) => q.speaker,
    );
    expect(speakers).not.toContain('they will vote for Okafor');
  });

  it('reads a pronoun contracted with "are" as the auxiliary of a passive cue', () => {
    // "We're told": no one named told "we", as in "We are told".
    expect(quotesOf("We're told that police are studying the footage.")).toEqual([
      { text: 'police are studying the footage', speaker: null, cue: 'told' },
    ]);
    expect(quotesOf('We’re told there is footage that police are studying.')).toEqual([]);
  });

  it('reads a particle after a short object as it reads one right after the cue', () => {
    expect(quotesOf('A new report by the Fair Fares Center calls that into question.')).toEqual([]);
    expect(quotesOf('The mayor called it off on Monday.')).toEqual([]);
    // A preposition that may open an adjunct after the object leaves the cue speech.
    expect(quotesOf('The Gazette called them "depot barons" in an article last week.')).toContainEqual({
      text: 'depot barons',
      speaker: 'Gazette',
      cue: 'called',
    });
  });

  it('gives "which" no speaker when a clause, not a noun phrase, stands before it', () => {
    const text =
      'The fair is named for the town where it is yearly held, which calls for new stalls on the square.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('reads the clause of a reporting adverb as reported by no one named', () => {
    expect(quotesOf('The council is reportedly planning to sell the depot before the winter.')).toEqual([
      {
        text: 'The council is reportedly planning to sell the depot before the winter',
        speaker: null,
        cue: 'reportedly',
      },
    ]);
    // A verb of saying after the adverb is the cue, with its own speaker; so is another cue of the sentence.
    expect(quotesOf('Okafor reportedly said the depot would close.')).toEqual([
      { text: 'the depot would close', speaker: 'Okafor', cue: 'said' },
    ]);
    expect(quotesOf('Okafor said the council is reportedly selling the depot.')).toEqual([
      { text: 'the council is reportedly selling the depot', speaker: 'Okafor', cue: 'said' },
    ]);
  });

  it('reads no content after a relative "that" that closes a phrase after the cue', () => {
    expect(quotesOf('The grocer reported on the stall that burned in May.')).not.toContainEqual(
      expect.objectContaining({ text: 'burned in May' }),
    );
  });

  it('reads the subject after a fronted phrase that no comma closes, not the phrase', () => {
    // A noun before a determiner ends the phrase's object; a preposition never opens a speaker.
    expect(speakerOf('In a statement the council said: "We are proud of the depot."')).toEqual([
      'the council',
    ]);
    expect(speakerOf('At the hearing last week the mayor said the depot would close.')).toEqual([
      'the mayor',
    ]);
    expect(speakerOf('Writing in The Gazette Linda Okafor said: "I am fine."')).toEqual([
      'The Gazette Linda Okafor',
    ]);
    // An apposition after a comma keeps its preposition, and "all the" is one phrase.
    expect(speakerOf('Ada Okafor, 29, of Salem, says the depot is safe.')).toEqual(['Ada Okafor']);
    expect(speakerOf('All the officials said the depot was safe.')).toEqual(['All the officials']);
  });

  it("reads a title abbreviation inside the speaker and a sentence's full stop outside it", () => {
    // The sentence splitter knows "Rev." and "Del." as titles, so the name after them is the speaker's too.
    expect(speakerOf('"This is a good thing," said the Rev. Peter Wherry of Mayfield Church.')).toEqual([
      'the Rev. Peter Wherry of Mayfield Church',
    ]);
    // A short name's full stop before the next sentence ends it; an initial's or an acronym's stays.
    expect(speakerOf('"You need a teacher," says Hoge. She left early.')).toEqual(['Hoge']);
    expect(speakerOf('"The fleet is old," said the F.A.A. Nobody else spoke.')).toEqual(['the F.A.A.']);
  });

  it("gives a cue no content in the clause of a topic that holds someone else's claim", () => {
    // What the reports say is not what the speaker said, whether or not the speaker declined.
    expect(quotesOf('Mr Varadkar declined to comment on reports that the minister would resign.')).toEqual(
      [],
    );
    expect(quotesOf('The council commented about claims that the depot was unsafe.')).toEqual([]);
    // A channel before the complementizer keeps the clause the speaker's, and so does a question's topic.
    expect(quotesOf('Okafor said in a report that the depot was unsafe.')).toEqual([
      { text: 'the depot was unsafe', speaker: 'Okafor', cue: 'said' },
    ]);
    expect(quotesOf('Okafor was asked about reports that the depot was unsafe.')).toContainEqual(
      expect.objectContaining({ cue: 'asked' }),
    );
  });

  it('reads no content in a phrase of place or time that closes a cue with no content before it', () => {
    expect(quotesOf('Ada Okafor reported from Salem.')).toEqual([]);
    expect(quotesOf('The figures were first published in 2012, and Okafor wrote in September.')).toEqual([]);
    // A question's topic is what was asked.
    expect(quotesOf('Okafor was asked about the depot.')).toContainEqual({
      text: 'about the depot',
      speaker: null,
      cue: 'asked',
    });
  });

  it('reads a typed dash ("--") after a cue as closing it, so the content comes before', () => {
    expect(
      quotesOf('Fares will rise in May, the council reported on Tuesday -- a change that hurts riders.'),
    ).toEqual([{ text: 'Fares will rise in May', speaker: 'the council', cue: 'reported' }]);
  });

  it('reads no content in a prepositional phrase alone before a cue', () => {
    expect(quotesOf('In a long interview on Friday, Okafor said:')).toEqual([]);
    expect(quotesOf('On Thursday, Ada Okafor will testify.')).toEqual([]);
    expect(quotesOf('In the end, the depot closed, Okafor said.')).toContainEqual({
      text: 'the depot closed',
      speaker: 'Okafor',
      cue: 'said',
    });
  });

  it('reads a quotation after a comma that closes the addressee or adjunct of a cue as what was said', () => {
    expect(
      quotesOf('Okafor told the Gazette in a written statement, "I really do not want his support."'),
    ).toEqual([{ text: 'I really do not want his support.', speaker: 'Okafor', cue: 'told' }]);
    expect(quotesOf('Okafor joked about it, telling the crowd, "Some people get carried away."')).toEqual([
      { text: 'Some people get carried away.', speaker: 'Okafor', cue: 'telling' },
    ]);
  });

  it('reads a quotation that opens the source of "according to" as a title, not as speech', () => {
    expect(quotesOf('The depot opened in 1950, according to her book "The Long Road Home."')).toEqual([
      { text: 'The depot opened in 1950', speaker: 'her book', cue: 'according to' },
    ]);
    expect(
      quotesOf('According to "A Short History of the Salem Depot and Its Riders," the first bus ran in May.'),
    ).toEqual([]);
  });

  it('reads no speech in a participle after a name that only a phrase of place or agent follows', () => {
    expect(quotesOf('The column, by Ada Okafor writing at the Gazette, ran on Sunday.')).toEqual([]);
  });

  it('reads a name after "called" as what something is named, not as what was said', () => {
    expect(quotesOf('The stall was run by a cooperative called Green Acres, which sold fish.')).toEqual([]);
    expect(quotesOf('A new group called Fair Fares is raising money for the riders.')).toEqual([]);
    expect(quotesOf('Okafor called Mr. Adeyemi a liar.')).toContainEqual({
      text: 'Mr. Adeyemi a liar',
      speaker: 'Okafor',
      cue: 'called',
    });
  });

  it('reads no content before a statement put out, nor a video as a statement', () => {
    expect(quotesOf('When the depot closed in May, the council released the following statement:')).toEqual(
      [],
    );
    expect(quotesOf('The police released a video showing the depot.')).toEqual([]);
  });

  it('reads no noun of saying without its clause, and keeps the verb of the same form', () => {
    expect(quotesOf('Critics dismissed his claim that was refuted in May.')).toEqual([]);
    // "which he denies": the relative is the cue's object, and what follows the comma is the sentence's own.
    expect(quotesOf('The charges, which Okafor denies, are serious.')).toEqual([]);
    // An indictment is no speech, in the passive or after one: "was arrested and charged with".
    expect(quotesOf('Okafor was arrested and charged with fraud but later took a plea deal.')).toEqual([]);
    // A preposition right before the cue has no object: it describes no one ("rallied riders by warning").
    expect(quotesOf('The mayor rallied riders by warning that fares would rise.')).toEqual([
      { text: 'fares would rise', speaker: 'The mayor', cue: 'warning' },
    ]);
    expect(quotesOf("The grocer spoke of Okafor's promise to the riders.")).toEqual([]);
    expect(quotesOf('Okafor claims that the depot was sold.')).toEqual([
      { text: 'the depot was sold', speaker: 'Okafor', cue: 'claims' },
    ]);
  });

  it.each([
    ['The council repeated the claim that the depot was sold.', 'the depot was sold', 'claim'],
    ['There were numerous complaints that the buses ran late.', 'the buses ran late', 'complaints'],
    [
      'The mayor denied allegations that she had lied about the depot.',
      'she had lied about the depot',
      'allegations',
    ],
    [
      'Okafor rejected the tired old assertion that the fares would fall.',
      'the fares would fall',
      'assertion',
    ],
    ['The riders ended the march with a call for lower fares.', 'lower fares', 'call for'],
    [
      'It was later revealed that the mayor had used a private account.',
      'the mayor had used a private account',
      'revealed',
    ],
    ['Okafor had been told that she would probably lose.', 'she would probably lose', 'told'],
  ])(
    'reads a noun of saying with no possessor, or a passive cue, and its clause or object as said by no one named: %s',
    (text, said, cue) => {
      expect(quotesOf(text)).toContainEqual({ text: said, speaker: null, cue });
    },
  );

  it('reads any verb of saying in a line all in Title Case, with no clause to show', () => {
    const doc = annotate(readText('Okafor Tweets A Map Of The Closed Depot To The Riders'));
    const quotes = extractQuotes(doc, extractEntities(doc));
    expect(quotes.map((q) => [q.text, q.speaker?.text, q.cue?.text])).toContainEqual([
      'A Map Of The Closed Depot To The Riders',
      'Okafor',
      'Tweets',
    ]);
  });

  it('reads what was told after "told" when no content comes before it', () => {
    expect(quotesOf('In a long speech, Okafor told a joke.')).toContainEqual({
      text: 'a joke',
      speaker: 'Okafor',
      cue: 'told',
    });
  });

  it('keeps a request in the passive out of the quotes', () => {
    expect(quotesOf('The senator was asked by police to leave the building.')).toEqual([]);
  });

  it('keeps the content of a cue that ends its sentence when the next quotation shares its speaker', () => {
    const quotes = quotesOf(
      'The city "owes the riders an apology" for the delays, Okafor said. "It was a mess."',
    );
    expect(quotes).toContainEqual({ text: 'owes the riders an apology', speaker: 'Okafor', cue: 'said' });
    expect(quotes).toContainEqual({ text: 'It was a mess.', speaker: 'Okafor', cue: 'said' });
  });

  it('reads a whole sentence quoted after a comma as a direct quote', () => {
    const quotes = quotesOf(
      'Said Comey, "The thought that an error on our part led to this is very painful to us."',
    );
    expect(quotes.map((q) => q.text)).toContain(
      'The thought that an error on our part led to this is very painful to us.',
    );
  });
});
