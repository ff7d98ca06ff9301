/**
 * General English word knowledge the stemmer lacks: irregular forms and groups of close words.
 * Nothing here is about one story; it is the kind of dictionary a search engine ships with.
 */

/** Irregular past forms and participles of verbs mapped to their base ("sent" → "send"), the simple past first. */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, string>> = {
  sent: 'send', spent: 'spend', won: 'win', led: 'lead', began: 'begin', begun: 'begin', fought: 'fight',
  bought: 'buy', brought: 'bring', taught: 'teach', thought: 'think', held: 'hold', made: 'make', paid: 'pay',
  gave: 'give', given: 'give', took: 'take', taken: 'take', went: 'go', gone: 'go', came: 'come', saw: 'see', seen: 'see',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', rose: 'rise', risen: 'rise', fell: 'fall',
  fallen: 'fall', built: 'build', meant: 'mean', met: 'meet', left: 'leave', lost: 'lose', found: 'find', kept: 'keep',
  grew: 'grow', grown: 'grow', knew: 'know', known: 'know', drew: 'draw', drawn: 'draw', flew: 'fly', flown: 'fly',
  struck: 'strike', sold: 'sell', stood: 'stand', ran: 'run', became: 'become', broke: 'break', broken: 'break',
  caught: 'catch', drove: 'drive', driven: 'drive', felt: 'feel', hid: 'hide', hidden: 'hide', spoke: 'speak',
  spoken: 'speak', stole: 'steal', stolen: 'steal', threw: 'throw', thrown: 'throw', understood: 'understand',
  wore: 'wear', worn: 'wear', withdrew: 'withdraw', withdrawn: 'withdraw', shot: 'shoot', sang: 'sing', sung: 'sing',
  slain: 'slay', overthrew: 'overthrow', overthrown: 'overthrow', forbade: 'forbid', forbidden: 'forbid', fled: 'flee',
  // Verbs whose past is their base.
  set: 'set', put: 'put', cut: 'cut', let: 'let', hit: 'hit', cost: 'cost', shut: 'shut', spread: 'spread', hurt: 'hurt', quit: 'quit', bid: 'bid',
};

/** Irregular and derived forms mapped to the word the stemmer should see ("sent" → "send", "decision" → "decide"). */
export const LEMMAS: Readonly<Record<string, string>> = {
  ...IRREGULAR_VERB_FORMS,
  abstention: 'abstain', abstentions: 'abstain', decision: 'decide', decisions: 'decide', contribution: 'contribute',
  contributions: 'contribute', consent: 'consent', pressure: 'pressure', deaths: 'die', death: 'die', died: 'die', dead: 'die',
  children: 'child', men: 'man', women: 'woman', people: 'person', countries: 'country', militaries: 'military',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', larger: 'large', largest: 'large', bigger: 'big', biggest: 'big',
};

/**
 * Groups of words close enough in meaning that a question using one should find the others.
 * Words whose stem collides with an unrelated word ("initiate" / "initiative", "state" / "Secretary of
 * State", "found" / "find") are left out: matching is on stems.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['troop', 'soldier', 'personnel', 'servicemen'],
  ['country', 'nation'],
  // Naming: "what is X called" is answered by "X, known as Y", "dubbed Y".
  ['called', 'dubbed', 'known', 'nicknamed'],
  ['vote', 'ballot', 'voted'],
  ['approve', 'adopt', 'pass', 'endorse', 'authorize', 'authorise', 'authorization', 'mandate'],
  ['prefer', 'favor', 'favour'],
  ['ceasefire', 'truce', 'armistice'],
  ['mediate', 'broker'],
  ['money', 'fund', 'funding', 'finance', 'financing', 'cash', 'budget', 'financial'],
  ['help', 'assist', 'assistance', 'aid'],
  ['attack', 'assault', 'strike', 'raid'],
  ['begin', 'start', 'commence', 'launch'],
  ['end', 'finish', 'conclude', 'stop'],
  ['buy', 'purchase', 'acquire'],
  ['big', 'large', 'huge', 'great', 'vast'],
  ['important', 'key', 'crucial', 'vital', 'critical', 'essential', 'significant'],
  ['talk', 'discuss', 'negotiate', 'negotiation', 'discussion', 'dialogue', 'speak'],
  ['think', 'consider', 'believe', 'reckon'],
  ['controversial', 'contentious', 'divisive', 'disputed'],
  ['permanent', 'lasting', 'indefinite'],
  ['temporary', 'interim', 'provisional'],
  ['answer', 'reply', 'respond', 'response'],
  ['plan', 'proposal', 'scheme', 'framework', 'blueprint'],
  ['leader', 'head', 'chief', 'boss'],
  ['rumor', 'rumour', 'speculation', 'speculate'],
  ['danger', 'risk', 'threat', 'peril', 'hazard'],
  ['promise', 'pledge', 'commit', 'commitment', 'vow'],
  ['worry', 'concern', 'fear', 'reservation'],
  ['thank', 'grateful', 'gratitude', 'appreciate', 'thankful'],
  ['hope', 'optimism', 'optimistic', 'hopeful'],
  ['refuse', 'reject', 'decline', 'deny', 'refute', 'dismiss'],
  ['join', 'participate', 'participation', 'involvement', 'involve', 'part'],
  ['send', 'deploy', 'deployment', 'dispatch'],
  ['weapon', 'arm', 'arms', 'armament'],
  ['deal', 'agreement', 'accord', 'pact', 'treaty'],
  ['war', 'conflict', 'fighting', 'hostility', 'hostilities', 'combat'],
  ['cautious', 'careful', 'wary', 'hesitant', 'reluctant', 'ambivalent', 'ambivalence', 'hesitation'],
  ['reason', 'cause', 'motive'],
  ['goal', 'aim', 'objective', 'purpose', 'target'],
  ['problem', 'obstacle', 'difficulty', 'challenge', 'issue', 'hurdle'],
  ['mission', 'operation'],
  ['rebuild', 'reconstruction', 'reconstruct', 'rebuilding'],
  ['army', 'military', 'armed'],
  ['kill', 'slay', 'murder'],
  ['city', 'town'],
  ['famous', 'renowned', 'celebrated', 'notable', 'wellknown'],
  ['create', 'establish', 'creation', 'establishment', 'formation'],
  ['law', 'legislation', 'statute'],
  ['company', 'firm', 'business', 'corporation', 'enterprise'],
  ['job', 'work', 'employment', 'occupation'],
  ['die', 'death'],
  ['born', 'birth'],
  ['time', 'period', 'era', 'timeframe', 'timeline'],
  ['statement', 'remark', 'comment', 'speak', 'speech'],
  ['guarantee', 'assurance', 'ensure', 'assure'],
  ['number', 'count', 'total', 'amount'],
  ['allow', 'permit', 'let', 'enable'],
  ['show', 'indicate', 'demonstrate', 'reveal', 'suggest'],
  ['choose', 'select', 'pick', 'prefer', 'preferred'],
  ['meeting', 'briefing', 'conference', 'summit'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'representative'],
  ['minister', 'secretary'],
  ['ministry', 'office', 'department'],
  ['trouble', 'difficulty', 'hardship', 'strain'],
  ['neutral', 'neutrality', 'impartial', 'impartiality'],
  ['peacekeeper', 'peacekeeping'],
  ['elect', 'election'],
  ['support', 'back', 'backing'],
  ['islam', 'muslim'],
  ['christianity', 'christian'],
  ['judaism', 'jewish'],
  ['position', 'stance', 'attitude', 'viewpoint'],
];

/**
 * Verbs of being in charge of something, in the present tense ("who runs the council", "who heads the board"): they
 * ask for the holder of its top office now, whom a story names by title ("council leader Maria Ostrowski"). Other
 * tenses ask of an event ("who will lead the talks"), which the predicate check reads.
 */
export const IN_CHARGE_VERBS: ReadonlySet<string> = new Set(['runs', 'leads', 'heads', 'chairs', 'manages', 'helms', 'governs', 'directs']);

/** The titles of whoever is in charge, and the verb "lead" ("has led the company since 2019"): what an IN_CHARGE_VERBS question finds. */
export const IN_CHARGE_TITLES: readonly string[] = ['leader', 'lead', 'head', 'chief', 'boss', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'director', 'executive', 'manager', 'governor'];

/**
 * Capitals that news writing uses for their country's government ("Moscow believes", "Beijing may want"):
 * world capitals and their countries, as pairs of close words. Capitals whose name is also a common word or
 * another country's ("Washington", "Kuwait") are left out.
 */
export const CAPITAL_CITIES: readonly (readonly [string, string])[] = [
  ['moscow', 'russia'], ['beijing', 'china'], ['islamabad', 'pakistan'], ['delhi', 'india'], ['london', 'britain'],
  ['paris', 'france'], ['berlin', 'germany'], ['tokyo', 'japan'], ['tehran', 'iran'], ['kabul', 'afghanistan'],
  ['ankara', 'turkey'], ['cairo', 'egypt'], ['riyadh', 'saudi'], ['amman', 'jordan'], ['damascus', 'syria'],
  ['baghdad', 'iraq'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'], ['pyongyang', 'korea'], ['rome', 'italy'],
  ['madrid', 'spain'], ['ottawa', 'canada'], ['canberra', 'australia'], ['jerusalem', 'israel'], ['doha', 'qatar'],
  ['beirut', 'lebanon'], ['warsaw', 'poland'], ['havana', 'cuba'], ['caracas', 'venezuela'], ['jakarta', 'indonesia'],
  ['manila', 'philippines'], ['hanoi', 'vietnam'], ['bangkok', 'thailand'], ['dhaka', 'bangladesh'], ['kathmandu', 'nepal'],
  ['oslo', 'norway'], ['stockholm', 'sweden'], ['helsinki', 'finland'], ['copenhagen', 'denmark'], ['vienna', 'austria'],
  ['athens', 'greece'], ['lisbon', 'portugal'], ['budapest', 'hungary'], ['prague', 'czech'], ['bucharest', 'romania'],
  ['belgrade', 'serbia'], ['minsk', 'belarus'], ['tbilisi', 'georgia'], ['baku', 'azerbaijan'], ['yerevan', 'armenia'],
  ['tripoli', 'libya'], ['khartoum', 'sudan'], ['nairobi', 'kenya'], ['abuja', 'nigeria'], ['pretoria', 'africa'],
];

/**
 * Capitals left out of CAPITAL_CITIES because their name is also a state's or a person's: read as their country's
 * government only where a question makes them an actor ("does Washington hope"), never searched for the country.
 */
export const ACTOR_ONLY_CAPITALS: readonly (readonly [string, string])[] = [['washington', 'us']];

/** Well-known acronyms and what they stand for, for questions that use one form and a story the other. */
export const COMMON_ACRONYMS: Readonly<Record<string, string>> = {
  UN: 'United Nations', US: 'United States', USA: 'United States of America', UK: 'United Kingdom',
  EU: 'European Union', NATO: 'North Atlantic Treaty Organization', IMF: 'International Monetary Fund',
  UAE: 'United Arab Emirates', USSR: 'Soviet Union', GDP: 'gross domestic product', AU: 'African Union',
  UNSC: 'UN Security Council', OIC: 'Organisation of Islamic Cooperation', NGO: 'non-governmental organization',
  FM: 'Foreign Ministry', PM: 'Prime Minister', DC: 'District of Columbia', NYC: 'New York City', LA: 'Los Angeles',
};
