/** Word lists and reporting-verb patterns of quotation extraction (see extractQuotes.ts). */

export const OPEN_MARKS = new Set(['“', '„', '«']);
export const CLOSE_MARKS = new Set(['”', '»']);
export const STRAIGHT = '"';
export const MASK = '~';

/** Finite reporting verbs (attribution of quotes and indirect speech). */
export const SPEECH_VERBS = [
  'went on to say', 'went on to add', 'pointed out', 'points out',
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'explained', 'explains', 'warned', 'warns', 'stressed', 'stresses', 'insisted', 'insists', 'insist', 'argued', 'argues',
  'wrote', 'writes', 'remarked', 'declared', 'declares', 'announced', 'announces', 'claimed', 'claims',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'observed', 'commented', 'recalled', 'suggested', 'suggests', 'predicted', 'predicts', 'urged', 'cautioned',
  'concluded', 'conceded', 'confirmed', 'confirms', 'indicated', 'indicates', 'continued', 'replied', 'responded', 'reiterated',
  'maintained', 'maintain', 'maintains', 'assured', 'reassured', 'tweeted', 'mentioned', 'asserted', 'contended',
  'stating', // participle: only used for quote attribution through an earlier verb (skipped as subject verb)
];
/** Verbs that introduce a quoted term but not reported speech. */
const QUOTE_ONLY_VERBS = ['touted', 'described', 'called', 'hailed', 'dubbed', 'termed', 'labelled', 'labeled'];
/** Verbs whose object precedes the reported clause ("told reporters that", "reassured Afghanistan that"). */
export const OBJECT_VERBS = new Set(['told', 'tells', 'assured', 'reassured', 'urged', 'warned', 'reminded']);
export const PARTICIPLES = new Set(['stating']);

function verbRegex(words: string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alts.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
}
export const SPEECH_RE = verbRegex(SPEECH_VERBS);
export const QUOTE_VERB_RE = verbRegex([...SPEECH_VERBS, ...QUOTE_ONLY_VERBS]);
/** SPEECH_RE without the global flag (a stateless `test`). */
export const SPEECH_TEST_RE = new RegExp(SPEECH_RE.source, 'u');
/** A reporting verb shortly before a colon or comma that ends the text (`…, he said:`). */
export const VERB_BEFORE_COLON_RE = new RegExp(`(?:${QUOTE_VERB_RE.source})[^,:]{0,40}[:,]\\s*$`, 'u');

export const PREPOSITIONS = new Set([
  'in', 'of', 'for', 'to', 'from', 'with', 'at', 'by', 'on', 'about', 'against', 'between', 'than', 'like',
  'into', 'over', 'under', 'near', 'across', 'through', 'during', 'after', 'before', 'since', 'without',
  'within', 'among', 'toward', 'towards', 'via', 'per', 'as', 'and', 'or', 'nor', 'that', 'which', 'who',
]);

/** Capitalised words that begin a sentence/clause but are not part of a name. */
export const LEADING_STOP = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'meanwhile', 'however', 'also', 'then', 'yet', 'still', 'now',
  'later', 'earlier', 'separately', 'on', 'in', 'at', 'when', 'while', 'after', 'before', 'asked', 'according',
  'speaking', 'as', 'if', 'though', 'although', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their',
  'our', 'my', 'your', 'some', 'many', 'most', 'both', 'all', 'each', 'other', 'once', 'again', 'since',
  'during', 'despite', 'following', 'like', 'near', 'for', 'from', 'with', 'by', 'to', 'of', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'there', 'here', 'context', 'challenges', 'ahead',
]);
/** Role/office words that may precede a name ("Former Secretary of State Hillary Clinton"). */
export const TITLE_WORDS = new Set([
  'former', 'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'foreign', 'defense', 'defence',
  'interior', 'chief', 'special', 'envoy', 'representative', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'governor', 'commander', 'head', 'director', 'chairman', 'chairwoman', 'acting',
  'senior', 'state', 'u.s.', 'us', 'un', 'afghan', 'american', 'attorney', 'general', 'peace', 'of', 'the',
  'mayor', 'judge', 'justice', 'leader', 'speaker', 'supreme', 'executive', 'officer', 'ceo', 'founder',
]);
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'another', 'one',
  'officials', 'latest', 'news', 'god',
]);
/** Words that mark an organisation, institution, place-like or collective name (not a "he"/"she"). */
export const ORG_WORDS = new Set([
  'department', 'ministry', 'agency', 'foundation', 'government', 'council', 'office', 'embassy', 'emirate',
  'republic', 'committee', 'union', 'nations', 'forces', 'force', 'command', 'army', 'police', 'party', 'bank',
  'fund', 'organization', 'organisation', 'institute', 'university', 'court', 'parliament', 'assembly',
  'congress', 'senate', 'house', 'times', 'post', 'news', 'press', 'radio', 'television', 'tv', 'taliban',
  'daesh', 'qaeda', 'group', 'movement', 'front', 'network', 'association', 'commission', 'authority',
  'service', 'services', 'company', 'corporation', 'inc', 'ltd', 'media', 'channel', 'security',
  'intelligence', 'federation', 'alliance', 'coalition', 'administration', 'pentagon', 'kremlin', 'reuters',
  'afp', 'ap', 'un', 'unhcr', 'nato', 'eu', 'us', 'u.s.', 'uk', 'state', 'states', 'kingdom', 'province',
  'district', 'city', 'county', 'region', 'country', 'world', 'international', 'community', 'center',
  'centre', 'board', 'club', 'team', 'staff', 'spiegel', 'der', 'bbc', 'cnn', 'pbs', 'voa',
]);
/** Head nouns of role subjects ("one recipient", "officials", "the U.S. envoy"). */
export const ROLE_HEADS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'envoy', 'envoys',
  'minister', 'ministers', 'president', 'analyst', 'analysts', 'recipient', 'recipients', 'resident',
  'residents', 'witness', 'witnesses', 'source', 'sources', 'diplomat', 'diplomats', 'officer', 'officers',
  'commander', 'commanders', 'leader', 'leaders', 'expert', 'experts', 'statement', 'report', 'ministry',
  'villager', 'villagers', 'farmer', 'farmers', 'beneficiary', 'beneficiaries', 'survivor', 'survivors',
  'doctor', 'doctors', 'teacher', 'teachers', 'student', 'students', 'woman', 'women', 'man', 'men',
  'mother', 'father', 'member', 'members', 'representative', 'representatives', 'ambassador', 'governor',
  'police', 'observer', 'observers', 'critic', 'critics', 'lawmaker', 'lawmakers', 'senator', 'chief',
  'head', 'director', 'activist', 'activists', 'worker', 'workers', 'authorities', 'agency', 'department',
  'government', 'people', 'militants', 'insurgents', 'militant', 'insurgent', 'negotiator', 'negotiators',
  'mediator', 'mediators', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'secretary',
  'commission', 'committee', 'council', 'office', 'embassy', 'newsletter', 'foundation', 'military', 'army',
  'daughter', 'son', 'wife', 'husband', 'family', 'relative', 'relatives', 'neighbor', 'neighbors',
  'neighbour', 'neighbours', 'shopkeeper', 'shopkeepers', 'trader', 'traders', 'merchant', 'merchants',
  'driver', 'drivers', 'citizen', 'citizens', 'refugee', 'refugees', 'returnee', 'returnees', 'migrant',
  'migrants', 'victim', 'victims', 'mayor', 'judge', 'lawyer', 'lawyers', 'prosecutor', 'prosecutors',
  'researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists', 'journalist',
  'journalists', 'reporter', 'reporters', 'correspondent', 'participant', 'participants', 'protester',
  'protesters', 'demonstrator', 'demonstrators', 'voter', 'voters', 'owner', 'owners', 'employee',
  'employees', 'nurse', 'nurses', 'patient', 'patients', 'parent', 'parents', 'elder', 'elders', 'cleric',
  'clerics', 'scholar', 'scholars', 'chairman', 'deputy', 'coordinator', 'manager', 'founder', 'organizers',
  'organisers', 'spokespeople', 'representative', 'diplomat', 'soldier', 'soldiers', 'general',
]);
export const PLURAL_ROLES = new Set(['people', 'police', 'men', 'women', 'authorities', 'staff', 'military', 'army']);
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'most', 'two', 'three', 'four', 'five',
  'other', 'both', 'all', 'few', 'its', 'his', 'her', 'their', 'our',
]);
export const CLAUSE_VERBS_SIMPLE = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'need', 'needs', 'want', 'wants', 'get',
  'got', 'go', 'goes', 'went', 'come', 'comes', 'came', 'make', 'makes', 'made', 'take', 'takes', 'took',
  'see', 'sees', 'saw', 'know', 'knows', 'knew', 'think', 'thinks', 'thought', 'believe', 'believes', 'say',
  'says', 'said', 'tell', 'told', 'give', 'gives', 'gave', 'keep', 'keeps', 'kept', 'let', 'lets', 'mean',
  'means', 'meant', 'hope', 'hopes', 'feel', 'feels', 'felt', 'seem', 'seems', 'become', 'becomes', 'became',
  'remain', 'remains', 'leave', 'left', 'put', 'puts', 'bring', 'brings', 'brought', 'help', 'helps', 'work',
  'works', 'live', 'lives', 'bless', 'thank', 'deserve', 'deserves', 'include', 'includes', 'lead', 'leads',
  'led', 'run', 'runs', 'ran', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'fight', 'fights', 'fought',
  'stand', 'stands', 'stood', 'try', 'tries', 'find', 'finds', 'found', 'show', 'shows', 'hold', 'holds',
  'held', 'pay', 'pays', 'paid', 'build', 'builds', 'built', 'support', 'supports', 'end', 'ends', 'start',
  'starts', 'begin', 'begins', 'began', 'stop', 'stops', 'happen', 'happens', 'allow', 'allows', 'agree',
  'agrees', 'ask', 'asks', 'use', 'uses', 'wish', 'love', 'like', 'hate', 'fear', 'fears',
]);
