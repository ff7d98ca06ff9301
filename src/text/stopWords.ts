import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

/** Function words dropped from documents and questions alike: natural's English list (digits kept: numbers are facts) and a few more. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...natural.words.filter((w) => !/^\d$/.test(w)),
  'will', 'shall', 'may', 'would', 'could', 'should', 'might', 'must', 'per', 'via', 'upon', 'within', 'among', 'amongst',
  'onto', 'whether', 'either', 'neither', 'nor', 'yes', 'no', 'not', 'also', 'just', 'yet', 'ever', 'us', 'i', 'it', 'its',
  'says', 'say', 'saying', 'tell', 'whose',
]);

/** Words that only frame a question ("tell me", "according to the story") and say nothing about its subject. */
export const QUESTION_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  'whats', 'whos', 'hows', 'wheres', 'whens', 'whys', 'please', 'know', 'story', 'article', 'text', 'report', 'according',
  'mention', 'mentioned', 'mentions', 'describe', 'described', 'explain', 'kind', 'type', 'thing', 'things',
  'anything', 'something', 'hey', 'hi', 'hello', 'happen', 'happened', 'happening', 'mean', 'means', 'give', 'show', 'find',
  'exactly', 'actually', 'really', 'currently', 'again', 'supposedly', 'reportedly', 'apparently',
  // Contractions typed without their apostrophe.
  'hasnt', 'havent', 'hadnt', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wouldnt',
  'shouldnt', 'wont', 'aint', 'thats', 'theres', 'im', 'ive', 'youre', 'theyre', 'weve', 'whered', 'howd',
]);
