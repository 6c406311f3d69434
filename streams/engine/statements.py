"""Statement extraction: who said what, with speaker, cue, content (and addressee) spans.

Grammar is shared; words are data. Patterns, tried per cue in this order:
  inverted    CONTENT, CUE SPEAKER.      "…, said the minister."   "…, — заявил X."
  postposed   CONTENT, SPEAKER CUE.      "…, the minister said."   "…, – mondta X"
  preposed    SPEAKER CUE [ADDRESSEE] [that] CONTENT   "X warned Japan that …"
  verb-initial CUE SPEAKER [adjunct] that CONTENT   (languages with `speaker_after_cue = true`)
  verb-final  SPEAKER-は CONTENT と CUE   (languages with `verb_final = true`, instead of the above)
  according   according to SPEAKER, CONTENT / SPEAKER szerint CONTENT   (according-to markers)
Switched on by data: participle clauses ("…, saying that …"), speakers with appositions and
parentheses ("X, a senior fellow at Y, said"), parentheticals ("The talks, he said, failed"),
quotations continued in the next sentence, "“…” ― Name" and "Name: …" line labels.
A quote that the content starts or ends with extends the content to the whole quotation, even
across sentences. Pronoun and role-only speakers ("she", "the spokeswoman") take the actor of
the latest matching speaker or mention in the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from operator import attrgetter

from schemas import Actor, Span, Statement
from streams.engine import parse
from streams.engine.actors import countries
from streams.engine.doc import ActorMention, Doc, Sentence, build, sha1_hex, span_fields
from streams.engine.lexicon import LanguageData, Match, longest_leftmost
from streams.engine.text import fold, strip_span

CUE, ACCORDING_BEFORE, ACCORDING_AFTER = "cue", "according_before", "according_after"
# a dot joins abbreviations ("U.S.", "D-Ore.") and decimals, not two sentences whose space got lost ("alá.Rutte")
# (a time "18:30" and a web address "tagesschau.de" are one token: their colon or dot ends no phrase)
_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+|\.\w(?=\.)|\.\d+|(?<=\d):\d\d(?!\w)|\.(?:de|com|org|net|at|ch|eu|info)(?!\w|\.\w))*|[^\w\s]")
# a token with the spaces before it (_tokens); the token is optional so that a run of spaces with no token after it
# is consumed once, not retried from each of its positions (quadratic on a long blank run)
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({_TOKEN_RE.pattern})?")
_BOUNDARY = set(",;:()[]{}\"“”„«»‹›「」『』—–-")
_CLAUSE_MARKS = frozenset(",;:()[]{}—–-")  # what ends a clause; quote marks (inside one) do not
_SPACES = " \t\r\n\u00a0\u2009\u202f\u3000"  # the spaces a content may end with before a clause mark
_QUOTE_MARKS = set("\"“”„«»‹›「」『』‚‘’")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_NAME_JOINERS = frozenset(("'", "’", ".", "&", "-", "/"))  # marks inside a name or abbreviation ("O'Brien", "B.C.", "AT&T")
MAX_CONTINUED_QUOTES = 4  # quoted sentences or paragraphs that carry on one direct statement
MAX_CUES_PER_SENTENCE = 8  # real sentences hold a few; word salad must not cost cues × tokens
_END_PUNCT = " \t\r\n.!?…。！？"
_CLOSING = _BOUNDARY | {"'"}  # what may end a content before the speaker: ',' '"' "''" '—' ...
_LABEL_RE = re.compile(r"[\"“]?([A-Z][\w.'’-]{0,30}(?:[ \u00a0][A-Z][\w.'’-]{0,30}){0,3})[ \u00a0]{0,3}:[ \u00a0]{1,3}(?=\S)")
# role ids (streams/engine/lang/*/actors.toml) that name one person, whom "he"/"she" can take up
_PERSON_ROLES = frozenset(("ambassador", "chancellor", "defence_minister", "deputy_foreign_minister", "foreign_minister",
                           "head_of_state", "interior_minister", "minister", "president", "prime_minister", "spokesperson"))
_PLACE_WORDS = frozenset(("country", "capital", "demonym"))  # mentions that name a country
# an auxiliary with its subject clitic (fr "a-t-il", "ont-ils"); starts only where a word starts (the
# lookbehind), so a scan stays linear
_CLITIC_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++-(?:t-)?+(\w++)")
_SPACED_DASH = re.compile(r"\s[—–-]\s+")
# the patterns of the per-cue helpers, compiled once (re.findall(pattern, …) looks the pattern up per call)
_WORD_RE = re.compile(r"\w+")
_RELATIVE_RE = re.compile(r",\s*(\w+)")
_JOINED_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_PREFIX_WORD_RE = re.compile(r"[\w'’]+")
_DASH_ATTRIBUTION_RE = re.compile(r",\s*[—–]\s*$")
_DASH_NAME_RE = re.compile(r"[ \u00a0]{0,3}([A-Z][\w.'’-]{0,30}(?:[ \u00a0]{1,3}[A-Z][\w.'’-]{0,30}){0,4})[ \u00a0.]{0,3}(?:\n|$)")


@dataclass(slots=True)  # not frozen: frozen dataclasses are 3x slower to build, and tokens are built per sentence
class Tok:
    start: int
    end: int
    word: str  # folded form
    cap: bool = False  # the original word starts with a capital letter

    @property
    def is_word(self) -> bool:
        return self.word[0].isalnum() or self.word[0] == "_"


class StatementExtractor:
    def __init__(self, data: LanguageData) -> None:
        get = data.get
        accents = bool(get("fold_accents", False))

        def words(key: str) -> frozenset[str]:  # compared with the folded text
            return frozenset(fold(w, accents) for w in get(key, []))

        self.complementizers = words("statements.complementizers")
        self.skip_before_cue = words("statements.skip_before_cue")
        self.skip_suffixes = tuple(get("statements.skip_suffixes", []))
        self.speaker_stop = words("statements.speaker_stop")
        self.pronouns = words("statements.pronouns")
        self.max_speaker = int(get("statements.max_speaker_tokens", 10))
        self.max_addressee = int(get("statements.max_addressee_tokens", 6))
        self.verb_final = bool(get("statements.verb_final", False))
        self.speaker_markers = tuple(get("statements.speaker_markers", []))
        self.continua = bool(get("scriptio_continua", False))
        # words that join the parts of one speaker phrase ("the head of the agency", "a spokesman for X")
        self.speaker_connectors = words("statements.speaker_connectors")
        # cues that open a clause whose subject is the speaker of the main clause ("…, saying that …")
        self.participles = words("statements.participles")
        # cues that only report with a complementizer or colon after them ("a poll found that …")
        self.weak_cues = words("statements.weak_cues")
        # dashes that attribute a quotation to the name after them ("“…” ― Jane Doe")
        self.attribution_dashes = frozenset(get("statements.attribution_dashes", []))
        # a quotation that opens the next sentence continues a direct statement ("…," she said. "…")
        self.continued_quotes = bool(get("statements.continued_quotes", False))
        # a quotation over several paragraphs opens each with a quote mark and closes only the last
        # (English news): `opening_quotes` / `closing_quotes` tell which marks open and close
        self.opening_quotes = frozenset(get("statements.opening_quotes", []))
        self.closing_quotes = frozenset(get("statements.closing_quotes", []))
        self.participle_suffixes = tuple(get("statements.participle_suffixes", []))
        # verb-second languages (de): when an adverbial or a clause opens the sentence, the speaker
        # follows the cue ("Am Montag sagte der Minister, …")
        self.inversion_openers = words("statements.inversion_openers")
        # endings of adverbs that alone in first position put the subject after the verb ("Unmissverständlich sagt …")
        self.inversion_suffixes = tuple(get("statements.inversion_opener_suffixes", []))
        self.auxiliaries = words("statements.finite_auxiliaries")
        self.postposed_free_tail = bool(get("statements.postposed_free_tail", False))
        # languages that capitalise nouns: lower-case words that may follow the head noun of a
        # speaker phrase, and the endings of adjectives that may stand before a following noun
        self.np_continuers = words("statements.np_continuers")
        # determiners that after a noun (no preposition between) open the next phrase, never an attribute of it
        # (de accusative and dative: "laut Karl den sozialen Abstieg"; the genitive "der", "des" goes on)
        self.np_after_noun_stop = words("statements.np_after_noun_stop")
        self.adjective_endings = tuple(get("statements.adjective_endings", [])) or ("\0",)
        # an adjective right after a noun, with no article, only in these endings (de genitive plural
        # "Schätzungen französischer Behörden"; not "laut Airbus weitere Bestellungen")
        self.bare_adjective_endings = tuple(get("statements.bare_adjective_endings", [])) or self.adjective_endings
        # quoted names inside a speaker phrase ("laut „Spiegel“", "der „Berliner Zeitung“")
        self.quoted_names = bool(get("statements.quoted_names", False))
        # separable verbs (de "teilte … mit", "gab … bekannt"): the cue reports only when one of its
        # particles stands before the content; `separable_not` particles make it another verb ("sagte … ab")
        self.separable = {fold(k, accents): frozenset(fold(w, accents) for w in v)
                          for k, v in get("statements.separable_particles", {}).items()}
        self.separable_not = {fold(k, accents): frozenset(fold(w, accents) for w in v)
                              for k, v in get("statements.separable_not", {}).items()}
        # pronouns that take up the sentence before as what was said ("Das sagte der Minister.")
        self.anaphoric = words("statements.anaphoric_content")
        # conjunctions that join a reporting verb to a clause whose subject is the speaker ("… und sagte")
        self.coordinated_subject = words("statements.coordinated_subject")
        # any comma in the addressee window opens the content ("sagte am Montag, …"); without a
        # comma, colon, complementizer or quote a cue reports nothing ("sagte das Treffen ab")
        self.comma_opens_content = bool(get("statements.comma_opens_content", False))
        self.content_needs_opener = bool(get("statements.content_needs_opener", False))
        # ... except cues whose object is itself what was said ("kritisierte die Entscheidung")
        self.object_cues = words("statements.object_cues")
        # nouns are capitalised (de): a capitalised cue inside a sentence is a noun ("die Angaben")
        self.cues_lowercase = bool(get("statements.cues_lowercase", False))
        # "Merkel (CDU) sagte": a parenthesis between speaker and cue is not part of the speaker
        self.skip_parentheses = bool(get("statements.skip_parentheses", False))
        # verb forms of reported speech (de Konjunktiv I "sei", "habe", "werde"): a sentence in that
        # mood right after a statement goes on reporting the same speaker, without a cue
        self.free_indirect = words("statements.free_indirect_markers")
        # an according-to phrase inside a clause reports the whole clause, not only what precedes it
        self.according_mid_clause = bool(get("statements.according_mid_clause", False))
        self.free_indirect_chain = int(get("statements.free_indirect_max_sentences", 3))
        # narrator sentences that may stand between a statement and a strong reported-speech form that continues it
        self.free_indirect_gap = int(get("statements.free_indirect_gap", 0))
        # a sentence with one of these reported-speech forms after a sentence without a statement
        # reports that sentence's subject ("Der Trainer zeigte sich zufrieden. Die Mannschaft habe
        # gut gespielt."); empty: off
        self.free_indirect_subject = frozenset(fold(w, accents) for w in get("statements.free_indirect_subject", []))
        # ... also a common-noun subject whose head names a person or a body by its ending (de "Die
        # Staatsanwaltschaft", "Der oberste Gerichtshof", "Die Sprecherin"), not "Die Veranstaltung"
        self.speaker_noun_suffixes = tuple(words("statements.speaker_noun_suffixes"))
        # according-to markers that only report with a source noun after them ("nach Angaben der
        # Polizei", not "nach dem Spiel"); sources are matched inside the first words of the phrase
        self.need_source = words("statements.according_to_need_source")
        self.source_nouns = tuple(words("statements.source_nouns"))
        # ... or a known actor that is no place ("وفقا لوزارة الدفاع", not "وفقا للمقررات")
        self.source_mentions = bool(get("statements.according_to_source_mentions", False))
        self.determiners = words("statements.determiners")
        # "Kremlin: …" / "PENCE: …" — a name and a colon at the start of a line report what follows
        self.speaker_labels = bool(get("statements.speaker_labels", False))
        self.label_stop = words("statements.label_stop")
        # a determiner inside a speaker phrase starts a new phrase unless a connector precedes it
        self.determiner_ends_np = bool(get("statements.determiner_ends_np", False))
        # "The talks, he said, had failed.": SPEAKER CUE set off by commas inside what was said
        self.parentheticals = bool(get("statements.parentheticals", False))
        # "Sen. Jane Doe (D-Ore.) said": a parenthesis after a name stays in the speaker
        self.parenthesis_in_speaker = bool(get("statements.parenthesis_in_speaker", False))
        # forms of 'be' that make a reporting verb passive ("was told", "is believed"); empty: none
        self.passive_auxiliaries = words("statements.passive_auxiliaries")
        # verb-final languages: these right after a participle cue make it passive (de "mitgeteilt worden")
        self.passive_after = words("statements.passive_after")
        # verb-second passive (de): a finite "wird"/"wurde" in the clause before a participle cue ("Dem Minister wurde
        # vorgeworfen, …", "Zudem wird die Regierung aufgefordert, …"): the phrase before names the one addressed,
        # not a speaker; the statement has none
        # according-to markers followed by their source in the nominative (de "…, so der Minister")
        self.according_subjects = frozenset(fold(w, accents) for w in get("statements.according_subjects", []))
        self.subject_pronouns = words("statements.subject_pronouns")  # "…, so letztere"
        # nominative-only pronouns: right after a finite verb-second cue (or its auxiliary) they are the subject
        # ("Die Tat bezeichnete er als sinnlos")
        self.inverted_pronouns = words("statements.inverted_subject_pronouns")
        self.passive_finites = words("statements.passive_finites")
        self.participle_endings = tuple(get("statements.participle_endings", []))
        # the shapes of a participle cue: weak suffixes (de "-t"), and a strong participle's infix and ending (de "ge…en")
        self.weak_participle_suffixes = tuple(get("statements.weak_participle_suffixes", []))
        self.strong_participle_marks = tuple(get("statements.strong_participle_marks", []))
        # verb-final (ja): a quotative particle that opens a cue is no part of it ("と述べ"), and the
        # cue runs on over the verb's kana inflection ("述べた", "述べている")
        self.cue_drop_prefix = tuple(get("statements.cue_drop_prefix", []))
        self.cue_extend_kana = bool(get("statements.cue_extend_kana", False))
        # verb-final: a segment opening the content and ending in an addressee postposition ("中国に対し、") is the
        # addressee; one ending in an adjunct ending ("記者会見で、") is no part of what was said; empty: off
        self.addressee_postpositions = tuple(get("statements.addressee_postpositions", []))
        self.content_adjunct_endings = tuple(get("statements.content_adjunct_endings", []))
        # verb-second main clauses: "CONTENT, SPEAKER CUE." is no report (only "CONTENT, CUE SPEAKER.")
        self.verb_second = bool(get("statements.verb_second", False))
        # a speaker phrase read backwards opens at its determiner (hu, no "of"-style connector before it)
        self.determiner_starts_np = bool(get("statements.determiner_starts_np", False))
        # words that may follow an inverted speaker ("…, said the minister on Monday"); empty: any
        self.adjunct_openers = words("statements.adjunct_openers")
        self.object_openers = words("statements.object_openers")
        # words skipped between an inverted cue and its speaker ("…, said also the minister"); empty: none
        self.skip_after_cue = words("statements.skip_after_cue")
        # prepositions that open an adjunct between speaker and cue ("X v rozhovoru řekl"); empty: none
        self.adjunct_prepositions = words("statements.adjunct_prepositions")
        # continua (zh): document nouns that open a cue ("声明说", "报道称"): they are its speaker, the verb the cue
        self.nominal_sources = tuple(sorted(words("statements.nominal_sources"), key=len, reverse=True))
        # continua (ja): a copula that joins an apposition to the speaker noun ("報道官である田中氏は"): the
        # speaker runs back over the apposition
        self.apposition_copulas = tuple(get("statements.apposition_copulas", []))
        # place connectors join only a capitalised place after an inverted cue too (es "dijo X en una entrevista":
        # the interview is no part of X; en "according to those involved in the programme" keeps its lower-case phrase)
        self.place_connectors_forward = bool(get("statements.place_connectors_forward", False))
        # ... except after a quantity that the phrase belongs to ("Jeden ze společníků firmy řekl", "один из ректоров заявил")
        self.partitive_heads = words("statements.partitive_heads")
        # oblique endings of the modifiers inside a clause-opening adjunct ("В своей пропаганде нацисты …",
        # "О такой войне министр …"): the adjunct runs over them to its noun; the speaker follows
        self.adjunct_modifier_endings = tuple(words("statements.adjunct_modifier_endings"))
        # ... but not these pronouns, the adjunct's head themselves ("При этом глава банка уверен")
        self.adjunct_pronouns = words("statements.adjunct_pronouns")
        # words that join two names in one speaker phrase ("Merkel and Macron said"), between capitals only
        self.speaker_coordinators = words("statements.speaker_coordinators")
        # a speaker phrase does not run over another reporting verb ("the statement noted they had said")
        self.cue_words = frozenset(w for w in words("statements.cues") if " " not in w)
        # cues that report an attitude, not speech (`statements.cue_classes`: intention "wants", evidence "shows"):
        # their statements are emitted with that class and drive no event (Doc.add_statement)
        self.cue_class = {fold(w, accents): name for name, terms in get("statements.cue_classes", {}).items() for w in terms}
        # scriptio continua (zh, ja): speaker_stop entries are substrings that end a speaker phrase;
        # `according_to_close` ends the source of "据X报道，"; a regex (dates) ends it too
        self.according_close = tuple(words("statements.according_to_close"))
        stop_regex = get("statements.speaker_stop_regex")
        self.stop_regex = re.compile(stop_regex) if stop_regex else None
        self.max_speaker_chars = int(get("statements.max_speaker_chars", 24))
        # verb-final: a speaker marker right after one of these is no subject marker (ja "では", "には")
        self.marker_not_after = tuple(get("statements.speaker_marker_not_after", []))
        # relative pronouns that open, after a comma, a clause about the speaker that is no part of its name (cs, ru, uk)
        self.speaker_relatives = words("statements.speaker_relatives")
        # ja: the conjunctive forms that close a clause telling what the speaker did before what was said
        self.content_clause_breaks = tuple(get("statements.content_clause_breaks", []))
        # verb-initial clauses (ar "قال المتحدث باسم الوزارة إن …"): the speaker follows a cue that
        # opens the clause (only `skip_before_cue` words before it), and a complementizer, colon
        # or quotation follows the speaker
        self.speaker_after_cue = bool(get("statements.speaker_after_cue", False))
        # prefixes of a definite noun (ar "ال"): a country or organisation right after such a noun in the
        # phrase after a verb-initial addressee cue is the addressee, not the noun's genitive
        self.definite_prefixes = tuple(get("statements.definite_prefixes", []))
        self.genitive_prefixes = tuple(get("statements.genitive_prefixes", []))  # ... unless a genitive clitic opens it
        # auxiliaries and adverbs between speaker and cue that belong to the cue span ("has also
        # said", "did not deny"), as attribution corpora mark cues; empty: the cue word alone
        self.cue_prefix_words = words("statements.cue_prefix_words")
        # auxiliaries written onto a pronoun ("he's", "we've"), split off it in the tokens
        self.contractions = words("statements.contractions")
        self.perfect_contractions = words("statements.perfect_contractions")  # "'s": has or is
        self.verb_particles = words("statements.verb_particles")  # "hit back and said": a phrasal verb's particle
        # a cue that takes no addressee: the words between it and "that" that are not an adjunct are its object
        # noun, and "that" opens the noun's clause ("demanded guarantees that …"), not what was said
        self.object_before_complementizer = bool(get("statements.object_before_complementizer", False))
        # a cue right after a determiner is a noun ("the reports", "their demands")
        self.noun_after_determiner = bool(get("statements.cue_noun_after_determiner", False))
        # a skip word right before the cue after a word of the phrase is the phrase's head noun ("the draft
        # statement said"); off where the skip words are adverbs and auxiliaries ("Peskov nyní tvrdí")
        self.skip_word_heads = bool(get("statements.skip_word_heads", False))
        # relative pronouns right before a cue are its speaker ("an architect who said …"); empty: none
        self.relative_speakers = words("statements.relative_speakers")
        # the speaker of "X, quien dijo …" is the antecedent X rather than the pronoun
        self.relative_antecedent = bool(get("statements.relative_antecedent", False))
        # reflexive particles that may follow a cue before its inverted speaker (cs "vyjádřil se", "postěžoval si")
        self.reflexive_particles = words("statements.reflexive_particles")
        # quantifiers that float after their subject ("The ministers have both confirmed"): skipped there like
        # adverbs, but the subject themselves where nothing stands before them ("Both said")
        self.floating_quantifiers = words("statements.floating_quantifiers")
        # prepositions of a phrase about the topic that may open a verb-initial clause before its cue (ar "وعن")
        self.topic_prepositions = words("statements.topic_prepositions")
        # words that open an adjunct between such a relative pronoun and its cue ("X, который в интервью
        # заявил"); by default the adjunct prepositions
        self.relative_adjunct_openers = words("statements.relative_adjunct_openers") or self.adjunct_prepositions
        # relative pronouns that may open a clause after an inverted speaker ("…, said X, who …")
        self.relative_openers = words("statements.relative_openers")
        # de: words that open a relative clause when the clause ends in a lower-case (finite) verb —
        # "Maier, der seit Jahren in Kenia forscht, sagte" — and an apposition otherwise ("Maier, der Leiter …")
        self.verb_final_relatives = words("statements.verb_final_relatives")
        # most words of an adjunct after an inverted speaker ("…, dijo X en una entrevista el jueves con …")
        self.max_adjunct_words = int(get("statements.max_adjunct_words", 6))
        # finite verbs that show a clause after a weak cue without "that" ("a scan has shown the tumour is growing")
        self.clause_verbs = words("statements.clause_verbs")
        self.subordinators = words("statements.subordinators")  # their finite verb shows no such clause
        # indirect questions: after `question_cues` ("asked", "wondered", "shows") a `question_openers` word ("whether",
        # "how", "why"), right after the cue or after its addressee ("asked the mayor why …"), opens what was said
        self.question_cues = words("statements.question_cues")
        # participles that name or describe a noun after a comma or as "a hastily called …" (en called, named, dubbed)
        self.naming_participles = words("statements.naming_participles")
        # a clause-opening determiner phrase of up to four words is a whole first conjunct of a speaker ("The
        # Clinton campaign and the party said"), not only a determiner and one noun
        self.determiner_conjuncts = bool(get("statements.determiner_conjuncts", False))
        # a participle cue's main-clause subject follows the comma of an opening adjunct of any length ("During a
        # rally in Ohio on Monday night, the senator …, saying"); off: only within eight tokens
        self.long_opening_adjuncts = bool(get("statements.long_opening_adjuncts", False))
        self.question_openers = words("statements.question_openers")
        # conjunctions of a clause that names the source after what was said ("…, wie er mitteilte")
        self.as_openers = words("statements.as_clause_openers")
        # a cue split over its clause (de): the finite auxiliary of a participle cue ("hatte … erklärt",
        # "erklärt hatte"), the particle of a separable or particle verb ("teilte … mit", "forderte … auf"),
        # the conjunction of an as-clause ("wie … mitteilte") are recorded as further cue parts
        self.cue_part_auxiliaries = words("statements.cue_part_auxiliaries")
        self.cue_part_particles = {fold(k, accents): frozenset(fold(w, accents) for w in v)
                                   for k, v in get("statements.cue_part_particles", {}).items()}
        self.cue_part_openers = words("statements.cue_part_openers")
        self.cue_part_adverbs = words("statements.cue_part_adverbs")
        # according-after markers whose leading noun belongs to the source ("seiner Meinung nach": the
        # speaker is "seiner Meinung", the cue "nach")
        self.according_after_nouns = words("statements.according_after_nouns")
        self.preposition_particles = words("statements.preposition_particles")  # de "sprach … von"
        self.sequel_clitics = "".join(words("statements.sequel_clitics"))  # ar "فقال"
        # ar "…، واعتبر في مؤتمر صحافي، أن …": a cue written with a conjunction clitic after a comma opens a clause
        # of its own, its subject left out; what was said follows its adjuncts, not the clause before
        self.coordinating_clitics = "".join(words("statements.coordinating_clitics"))
        self.preposition_blockers = words("statements.preposition_blockers")  # de "sprach mit X von Y"
        # cues whose object is the speaker: "Die Zeitung zitiert den Minister mit den Worten: …"
        self.object_speaker_cues = words("statements.object_speaker_cues")
        self.glued_words = bool(get("statements.glued_words", False))  # hu scraped news: "szerdánVolodimir"
        # object pronouns right after such a cue stand for the one quoted (ru "«…», — цитирует его ТАСС")
        self.quoted_pronouns = words("statements.quoted_pronouns")
        # continua: what may stand alone between a comma and a cue whose subject is left out ("，并表示")
        self.pro_drop_openers = words("statements.pro_drop_openers") | {""}
        # continua: stops that join two named parties into one speaker ("俄罗斯和白俄罗斯表示", "米国と欧州連合は")
        self.speaker_joiners = words("statements.speaker_joiners")
        # cs: pronouns that close an according-to cue ("podle něj", "podle ní"): the pronoun is the source, what
        # follows (or the clause around it) was said
        self.according_pronouns = words("statements.according_pronouns")
        # with according_noun_stems (cs), according-to entries written as MARKER + noun stem ("podle ministr*"): the
        # stem only checks that a source noun follows; the cue is the marker, the noun opens the speaker
        # ("Podle | ministra zahraničí Jana Lipavského"); not verb stems (ru "как заявил*")
        self.according_stems = tuple(sorted({fold(t[:-1], accents) for t in get("statements.according_to_before", [])
                                             if t.endswith("*") and " " in t.strip()
                                             and fold(t.split(" ", 1)[0], accents) not in self.as_openers},  # not "jak uvedl*"
                                            key=len, reverse=True)
                                     ) if get("statements.according_noun_stems", False) else ()
        # es, fr: the words after which a determiner stays inside a forward speaker phrase ("el jefe de la
        # policía", "X y la ministra"); after any other word it opens the next phrase ("Según los responsables
        # estadounidenses | la retirada …")
        self.np_determiner_after = words("statements.np_determiner_after")
        # the complementizer that opens what was said is no part of it ("a déclaré que | les troupes …"), as the
        # news annotations of fr, es, ru, cs mark it
        self.content_drops_complementizer = bool(get("statements.content_drops_complementizer", False))
        # prepositions written onto the next word (ar "بالرد", "بتأجيج"): after an addressee cue's party they
        # open what was said, the word itself included ("هددت كوريا الشمالية الولايات المتحدة بالرد على …")
        self.addressee_prefixes = tuple(fold(w, accents) for w in get("statements.addressee_prefixes", []))
        # continua: threat cues that report only with the party threatened and a comma after them ("朝鲜威胁美国，如果……")
        self.addressee_only_cues = words("statements.addressee_only_cues")
        # adverbs that open a sentence reported by the source of the sentence before (de "Demnach …")
        self.anaphoric_according = words("statements.anaphoric_according")
        # sentence openers that stand for the sentence before as what was said ("Об этом заявил X")
        self.anaphoric_openers = tuple(sorted(words("statements.anaphoric_openers"), key=len, reverse=True))
        # impersonal cues with no subject ("…, hieß es", "In der Erklärung heißt es, …"); a phrase after
        # these prepositions next to the cue is the source ("hieß es aus dem Rathaus")
        self.impersonal_cues = words("statements.impersonal_cues")
        self.impersonal_sources = words("statements.impersonal_sources")
        # endings of finite verbs: such a single word opening a clause is no subject ("Navštívila …, a uvedla")
        self.verb_suffixes = tuple(fold(w, accents) for w in get("statements.verb_suffixes", []))
        # complementizers written onto the next word (fr "qu'à", "qu'il"): a token opening with one opens the content
        self.according_markers = tuple(words("statements.according_to_before"))
        # warning, threat and accusation cues whose addressee a preposition closes ("warned X against …",
        # "accused X of …"): the words before the preposition are the addressee, what follows was said
        self.addressee_cues = words("statements.addressee_cues")
        self.addressee_prepositions = words("statements.addressee_prepositions")
        # words that mark an addressee (es personal "a": "acusó a Polonia de …")
        self.addressee_markers = words("statements.addressee_markers")
        self.addressee_stems = tuple(w[:-1] for w in self.addressee_cues if w.endswith("*"))
        # infinitive markers ("to"): after `infinitive_cues` ("wants", "plans", "expects") "to VERB" with
        # its subject is what was said; after addressee cues ("urged X to") X is the addressee and what
        # follows the marker the content; without one an infinitive cue reports only with a complementizer or colon
        self.infinitive_markers = words("statements.infinitive_markers")
        # endings of bare infinitives (ru "-ть", uk "-ити"): after an addressee cue and its object they open
        # what the party was urged or warned to do; empty: off
        self.infinitive_suffixes = tuple(fold(w, accents) for w in get("statements.infinitive_suffixes", []))
        # correlative pronouns after an addressee's preposition that stand for the clause after them (ru "в том, что")
        self.correlatives = words("statements.correlatives")
        # time words right after a cue, before a content without an opener ("said on Monday it …")
        self.content_time_words = words("statements.content_time_words")
        # subject-only pronouns ("he", "they"): right after a weak cue they open a clause without "that"
        self.nominative_pronouns = words("statements.nominative_pronouns")
        # prepositions that name the agent of a passive cue ("was first reported by The Ledger"): the speaker
        self.passive_agents = words("statements.passive_agents")
        # reporting nouns with a possessor and a that-clause ("the ministry's claim that …"); the
        # possessive pronouns that may stand as their speaker, modifiers between possessor and noun,
        # and words other than determiners and pronouns that open the clause after 'that' ("there")
        # words that open an apposition of a speaker although they look like a participle ("X, including Y, said")
        self.apposition_openers = words("statements.apposition_openers")
        # speaker connectors that join only a capitalised name, a place ("police in B.C.", "officials in Kyiv")
        self.place_connectors = words("statements.place_connectors")
        # two-word phrases that hold a cue word but report nothing ("think tank"): no cue, and no end of a speaker
        self.not_cue_pairs = frozenset(w for w in words("statements.not_cues") if w.count(" ") == 1)
        # prepositions that open a participle clause whose subject is the main clause's ("began by saying that …")
        self.participle_prepositions = words("statements.participle_prepositions")
        self.nominal_cues = words("statements.nominal_cues")
        self.nominal_only = self.nominal_cues - words("statements.cues")
        self.possessive_pronouns = words("statements.possessive_pronouns")
        self.nominal_modifiers = words("statements.nominal_modifiers")
        self.clause_subjects = words("statements.clause_subjects")
        self.infinitive_cues = words("statements.infinitive_cues")
        self.elided_complementizers = tuple(c for c in self.complementizers if c.endswith("'"))
        # subject clitics joined to an inverted cue (fr "dit-il", "affirme-t-elle"): the clitic is the speaker
        self.clitic_subjects = words("statements.clitic_subjects")
        # pro-drop languages: the verb alone reports ("…, dijo." / "Añadió que …"); the speaker is the
        # latest person of the article (speaker span empty)
        self.pro_drop = bool(get("statements.pro_drop", False))
        # case endings of adjuncts between speaker and cue (hu "pénteken a Kossuth rádióban mondta"):
        # such a word and the phrase it closes are no part of the speaker
        self.adjunct_suffixes = tuple(get("statements.adjunct_suffixes", []))
        # ... and the case endings that make a capitalised place name an adjunct ("kedden Brüsszelben mondta")
        self.place_adjunct_suffixes = tuple(get("statements.place_adjunct_suffixes", []))
        # 'NP: "quotation"' opening a sentence without a cue reports the quotation; the topic of the
        # quotation may stand after these prepositions ("Jane Doe on the talks: "…"")
        self.colon_quotes = bool(get("statements.colon_quotes", False))
        # ... only with a name or a known actor before the colon (languages whose nouns are lower case)
        self.colon_quote_names = bool(get("statements.colon_quote_names", False))
        # ... also after a clause whose subject opens the sentence ('Die Ministerin griff die Opposition an: „…“',
        # 'The mayor hit back at critics: "…"'): the subject (a name, pronoun, known actor or role noun) speaks
        self.colon_clause_quotes = bool(get("statements.colon_clause_quotes", False))
        # verb-second main clauses (de): the whole phrase before the finite cue is the speaker (_prefield)
        self.prefield_speaker = bool(get("statements.prefield_speaker", False))
        # connectors that, after a person's name, open the one spoken to, not part of the speaker (fr "a déclaré
        # Marie Dupont à l'AFP"; "le représentant de la France à l'ONU" keeps its phrase)
        self.listener_connectors = words("statements.listener_connectors")
        self.object_determiners = words("statements.object_determiners")  # "hatte den Konzern aufgefordert": no subject
        self.colon_topic_prepositions = words("statements.colon_topic_prepositions")
        # adverbs that open a sentence before a comma ("Meanwhile, …") and quantifiers that open a subject ("several groups")
        self.sentence_adverbs = words("statements.sentence_adverbs")
        self.quantifiers = words("statements.quantifiers")
        # dashes that set off an apposition of the speaker as commas do ("-" twice for "--")
        self.apposition_dashes = frozenset(get("statements.apposition_dashes", []))
        # weak cues whose object may be a name or pronoun with a participle ("the poll shows Clinton leading")
        self.small_clause_cues = words("statements.small_clause_cues")
        # verbs after "CUE to" that make the cue a raising passive ("believed to be", "said to have")
        self.raising_verbs = words("statements.raising_verbs")
        # prepositions of an absolute construction whose noun phrase speaks the participle after it ("with officials saying")
        self.absolute_openers = words("statements.absolute_openers")
        # "X was quoted (by Y) as saying", "Y quoted X as saying": the cue after a quoting verb, whose subject
        # (passive) or object (active) speaks
        self.quote_as_cues = words("statements.quote_as_cues")
        # quantity words that make the cue after them a noun ("little hope that", "much concern")
        self.noun_quantifiers = words("statements.noun_quantifiers")
        # complementizers that also open a relative clause after a noun ("the board that oversees them")
        self.relative_complementizers = words("statements.relative_complementizers")
        # one-word listeners of an addressee cue before a clause without "that" ("told reporters the talks had failed")
        self.listeners = words("statements.listeners")
        self.quoting_verbs = words("statements.quoting_verbs")
        # a past participle opening the phrase after a speaker's comma opens an adjunct ("The report, released on Monday, found")
        self.past_participle_suffixes = tuple(get("statements.past_participle_suffixes", []))
        # past tenses that end a clause subject ("The senator spoke at a rally, promising …"): irregular ones, and
        # regular ones before a determiner, preposition or name
        self.past_verbs = words("statements.past_verbs")
        self.adjunct_only_openers = words("statements.adjunct_only_openers")
        # a participle cue opening the sentence: "Citing security concerns, the ministry closed the border"
        self.opening_participles = bool(get("statements.opening_participles", False))
        self.object_pronouns = words("statements.object_pronouns")
        # words that join a second report to the first after its comma ("…, and Kerry said", zh "…，同时他还称"):
        # a content stops before them (_split_coordinated)
        self.clause_links = tuple(sorted(self.coordinated_subject | self.sentence_adverbs
                                         | words("statements.clause_links"), key=len, reverse=True))
        self._phrase_cues: frozenset[int] = frozenset()  # starts of the sentence's multi-word cues (set per sentence)
        # continua: the cue words, and the openers and subject pronouns that may stand in a row before a second cue
        # ("，同时他还称"), longest first for startswith
        self._cue_starts = tuple(sorted(self.cue_words, key=len, reverse=True))
        self._chain_openers = tuple(sorted((o for o in self.pro_drop_openers | self.pronouns if o), key=len, reverse=True))
        # where the language parses and opts in (roles.parse + roles.parse_speakers; parse.py): the cue verb's
        # subject supplies or completes the speaker (a parse per sentence with a cue: costly, see BENCHMARKS.md)
        self.parse_model = str(get("roles.parse_model", data.code)) \
            if get("roles.parse", False) and get("roles.parse_speakers", False) else None

    # -- entry point -------------------------------------------------------------------------
    def __call__(self, doc: Doc, sentence_matches: list[list[Match]]) -> None:
        for sent, matches in zip(doc.sentences, sentence_matches):
            cues = [m for m in matches if m.kind in (CUE, ACCORDING_BEFORE, ACCORDING_AFTER)]
            if not cues:
                continue
            toks = None  # built for the first cue that gets past the cheap tests (a tenth of cue sentences never do)
            # multi-word cues ("lashed out at", "called on") end a speaker phrase as one-word cues do
            self._phrase_cues = frozenset(m.start for m in cues if m.kind == CUE and m.value is not None
                                          and " " in doc.folded[m.start:m.end])  # (not_cues: "United States")
            taken: list[tuple[int, int]] = []
            first = len(doc.statements)
            for cue in longest_leftmost(cues)[:MAX_CUES_PER_SENTENCE]:
                if cue.value is None or any(a <= cue.start < b for a, b in taken):
                    continue
                if cue.kind == ACCORDING_BEFORE and self.according_stems and doc.folded.startswith(self.according_stems, cue.start):
                    marker = doc.folded[cue.start:cue.end].split(" ", 1)[0]
                    cue = Match(cue.start, cue.start + len(marker), cue.kind, cue.value)
                if (cue.kind == CUE and self.nominal_sources and doc.folded.startswith(self.nominal_sources, cue.start)
                        and self._clause_start(doc, sent.start, cue.start) == cue.start):
                    # zh "声明说，…" opening its clause: the document noun speaks, the verb is the cue
                    noun = next(n for n in self.nominal_sources if doc.folded.startswith(n, cue.start))
                    if cue.end - cue.start > len(noun):
                        cue = Match(cue.start + len(noun), cue.end, cue.kind, cue.value)
                nominal = self.nominal_cues and cue.kind == CUE and doc.folded[cue.start:cue.end] in self.nominal_cues
                if nominal and toks is None:
                    toks = self._tokens(doc, sent)
                found = self._nominal(doc, sent, toks, cue) if nominal else None
                if found is None and (self._not_a_cue(doc, sent, cue) or self.nominal_cues and cue.kind == CUE
                                      and doc.folded[cue.start:cue.end] in self.nominal_only):
                    continue  # a reporting noun without possessor and that-clause reports nothing
                if found is None and toks is None:
                    toks = self._tokens(doc, sent)
                found = found or self._read(doc, sent, toks, cue)
                if found is None:
                    continue
                if self.parse_model is not None:
                    found = self._parsed_speaker(doc, sent, cue, found)
                kind, speaker, content, addressee = found
                # the words between the cue and its content ("told a morning show that") hold no other cue
                gap = doc.text[cue.end:content[0]] if content[0] >= cue.end else ""
                reach = content[0] if gap and gap.count(" ") <= 8 and not any(ch in gap for ch in ",:;\"“”„«»()") else cue.end
                taken.append((min(speaker[0], cue.start), max(speaker[1], reach)) if speaker else (cue.start, reach))
                self._emit(doc, sent, kind, speaker, cue, content, addressee)
                if kind == "according_to" and speaker and content[1] <= min(cue.start, speaker[0]):
                    tail = self._according_tail(doc, sent, speaker, cue, content)
                    if tail:  # "The minister, according to aides, is furious.": the clause goes on after the source
                        self._emit(doc, sent, kind, speaker, cue, tail, None)
                if self.continued_quotes and speaker:
                    parts = self._other_quote_part(doc, sent, speaker, cue, content)
                    for part in parts:
                        self._emit(doc, sent, "direct", speaker, cue, part, None)
                    if (parts or content[1] <= min(cue.start, speaker[0]) or doc.text[content[0]] in _QUOTE_MARKS
                            or doc.text[content[1] - 1] in _QUOTE_MARKS
                            or not any(ch.isalnum() for ch in doc.text[content[1]:sent.end])):
                        # (also "X said the front was stable. "Our lines hold."": a quotation right after
                        # an indirect statement that closes its sentence is the same speaker's)
                        pos = max(speaker[1], cue.end, content[1], *(p[1] for p in parts))
                        for more in self._continued_quotes(doc, sent, pos):
                            self._emit(doc, sent, "direct", speaker, cue, more, None)
            if len(doc.statements) - first > 1:
                self._split_coordinated(doc, sent, doc.statements[first:])
        if self.attribution_dashes:
            self._dash_attributions(doc)
        if self.speaker_labels:
            self._speaker_labels(doc)
        if self.colon_quotes:
            self._colon_quotes(doc)
        if self.free_indirect:
            self._free_indirect(doc)
        if self.anaphoric_according:
            self._anaphoric_according(doc)
        if self.opening_quotes and doc.statements and "\n" in doc.text and doc.quotes:
            self._paragraph_quotes(doc)  # after every other reading: it only carries theirs on
        if self.cue_class and any(st.cue_class != "speech" for st in doc.statements):
            # an attitude inside what someone said ("He wants to see a withdrawal, he said") is part of that speech,
            # not a report of its own
            spoken = sorted((st.content.start, st.content.end) for st in doc.statements if st.cue_class == "speech")
            starts = [c0 for c0, _ in spoken]
            reach = list(itertools.accumulate((c1 for _, c1 in spoken), max))  # furthest end of the contents so far

            def inside(pos: int) -> bool:
                k = bisect.bisect_right(starts, pos) - 1
                return k >= 0 and reach[k] > pos

            doc.statements[:] = [st for st in doc.statements
                                 if st.cue_class == "speech" or st.cue is None or not inside(st.cue.start)]

    def _parsed_speaker(self, doc: Doc, sent: Sentence, cue: Match, found):
        """The rules' reading with the speaker from the dependency parse where it has one that the
        rules missed or cut short (parse.speaker decides); never a phrase inside what was said."""
        kind, speaker, content, addressee = found
        parsed = parse.speaker(self.parse_model, doc, sent.start, sent.end, (cue.start, cue.end), speaker)
        if parsed is None or parsed == speaker or content[0] <= parsed[0] and parsed[1] <= content[1]:
            return found
        return kind, parsed, content, addressee

    def _nominal(self, doc: Doc, sent: Sentence, toks: list[Tok], cue: Match):
        """POSSESSOR NOUN that CONTENT: "the ministry's claim that …", "his warning that …" — a
        reporting noun whose possessor is the speaker and whose that-clause is what was said."""
        if doc.folded[cue.start:cue.end] not in self.nominal_cues:
            return None
        i = _index_at(toks, cue.start)
        j = _index_at(toks, cue.end - 1)
        if i == 0 or j + 2 >= len(toks) or toks[j + 1].word not in self.complementizers:
            return None
        nxt = toks[j + 2]  # a clause after 'that', not a relative clause ("the claim that was made")
        if not (nxt.cap or nxt.word[0].isdigit() or nxt.word in self.determiners or nxt.word in self.pronouns
                or nxt.word in self.nominative_pronouns or nxt.word in self.clause_subjects
                or nxt.is_word and nxt.word not in self.clause_verbs and j + 3 < len(toks) and toks[j + 3].word in self.clause_verbs):
            return None  # (a bare plural and its verb open a clause too: "his claim that people would …")
        k = i - 1
        while k >= 0 and toks[k].is_word and self._adverb(toks, k) or k >= 0 and toks[k].word in self.nominal_modifiers:
            k -= 1  # "his repeated claim", "the ministry's earlier warning"
        if k < 0:
            return None
        if toks[k].word in self.possessive_pronouns:
            speaker = (toks[k].start, toks[k].end)
        elif toks[k].word.endswith(_POSSESSIVE) and toks[k].word[:-2] not in self.pronouns:
            found = self._np_backward(toks[:k + 1], skip=False)
            if found is None:
                return None
            speaker = found
            # "Despite the ministry's assurances that …": an opening preposition is no part of the possessor
            first = _index_at(toks, speaker[0])
            if (first < k and toks[first].cap and toks[first].word in self.adjunct_openers and toks[first].word in self.speaker_stop
                    or first < k and toks[first].word in self.adjunct_only_openers):
                speaker = (toks[first + 1].start, speaker[1])
        else:
            return None
        content = self._content_after(doc, sent, toks[j + 1:])
        first = _index_at(toks, speaker[0])
        if content and (first == 0 or toks[first - 1].word in self.speaker_stop or toks[first - 1].word in self.adjunct_only_openers):
            # the noun phrase is the subject or in an opening adjunct ("His claim that people would learn nothing is
            # false", "Despite his warning that X, the talks …"): what was said ends at the main clause
            verbs = 0
            for t in toks[j + 2:]:
                if t.start >= content[1]:
                    break
                if t.word == "," or t.word in self.clause_verbs and verbs:
                    end = _rstrip(doc.text, content[0], t.start)
                    if _word_count(doc.text, content[0], end) >= 3:
                        content = (content[0], end)
                    break
                verbs += t.word in self.clause_verbs
        return ("indirect", speaker, content, None) if content else None

    def _according_tail(self, doc: Doc, sent: Sentence, speaker, cue: Match, content) -> tuple[int, int] | None:
        """The rest of the clause after ', according to SOURCE,' in mid-clause; where the language sets the
        source in mid-clause without commas (de "Dabei wurden nach Angaben der Polizei / der Polizei zufolge
        drei Menschen verletzt"), the rest after the source too: both sides were said."""
        text = doc.text
        p = max(speaker[1], cue.end)
        while p < sent.end and text[p] in " )":
            p += 1
        if p >= sent.end:
            return None
        if text[p] == ",":
            p += 1
        elif not (self.according_mid_clause and text[p] not in _CLAUSE_MARKS
                  and not any(ch in _CLAUSE_MARKS for ch in text[content[1]:min(cue.start, speaker[0])])):
            return None
        start, end = strip_span(text, p, sent.end)
        end = _rstrip(text, start, end)
        return (start, end) if _word_count(text, start, end) >= 2 and text[start] not in _QUOTE_MARKS else None

    def _anaphoric_according(self, doc: Doc) -> None:
        """'Der Bericht wurde am Montag vorgestellt. Demnach leiden …': the adverb reports the
        sentence it opens, with the speaker of the statement in the sentence before."""
        by_sentence = {st.sentence: st for st in doc.statements if st.speaker is not None}
        for sent in doc.sentences[1:]:
            # the adverb opens the sentence or stands after its finite verb ("Der Abzug soll demnach …")
            m = next((w for w in itertools.islice(re.finditer(r"\w+", doc.folded[sent.start:sent.end]), 6)
                      if w.group() in self.anaphoric_according and doc.quote_containing(sent.start + w.start()) is None), None)
            prev = by_sentence.get(sent.index - 1)
            if m is None or sent.index in by_sentence:
                continue
            if prev is None:
                # without a statement before, only a source named in the sentence before makes it "according to
                # this" ("Das Gericht veröffentlichte sein Urteil. Demnach …"), not "therefore" ("Der Zug kam zu spät. Demnach …")
                before = doc.sentences[sent.index - 1]
                if not any(noun in w for w in re.findall(r"\w+", doc.folded[before.start:before.end]) for noun in self.source_nouns):
                    continue
            # opening the sentence, the adverb is no part of what was said; inside it, the whole sentence is
            start = strip_span(doc.text, sent.start + (m.end() if m.start() == 0 else 0), sent.end)[0]
            end = _rstrip(doc.text, start, sent.end)
            if _word_count(doc.text, start, end) >= 3:
                # no statement before: the source is the one last named ("Die Zahlen wurden veröffentlicht. Demnach …")
                self._emit(doc, sent, "according_to", (prev.speaker.start, prev.speaker.end) if prev else None,
                           Match(sent.start + m.start(), sent.start + m.end(), ACCORDING_BEFORE, None), (start, end), None)

    def _not_a_cue(self, doc: Doc, sent: Sentence, cue: Match) -> bool:
        """A cue word inside a name ("the United States", "Says Who") is no cue."""
        if cue.kind != CUE or self.continua:
            return False
        if any(m.start <= cue.start and cue.end <= m.end for m in doc.mentions_in(max(sent.start, cue.start - 60), cue.end)):
            return True
        text = doc.text
        if cue.start - 1 > sent.start and text[cue.start - 1] == "-" and text[cue.start - 2].isalnum():
            return True  # "so-called", "self-declared": the cue is part of a compound
        if self.noun_after_determiner and doc.folded[cue.start:cue.end] not in self.quote_as_cues:  # ("quoted her as saying")
            prev = doc.folded[max(sent.start, cue.start - 12):cue.start].split()
            if prev and (prev[-1] in self.determiners or prev[-1] in self.noun_quantifiers) and prev[-1] not in self.complementizers:
                return True  # "the demands", "their claims", "little hope": a noun, not a reporting verb
            if prev and prev[-1].endswith(_POSSESSIVE) and prev[-1][:-2] not in self.pronouns | self.relative_speakers:
                return True  # "the senator's remarks", "Friday's tweets" (not "he's said")
        if self.naming_participles and doc.folded[cue.start:cue.end] in self.naming_participles:
            # "The programme, called EB-5, …", "a hastily called meeting": a participle that names or describes a
            # noun, no report (not "Trump called Clinton a liar")
            prev = doc.folded[max(sent.start, cue.start - 24):cue.start].split()
            if (len(prev) > 1 and prev[-1].endswith(self.skip_suffixes) and prev[-2] in self.determiners
                    and prev[-2] not in self.complementizers and prev[-2] not in self.relative_openers):  # (not "that egregiously described")
                return True
            name = _NAMED_RE.match(text, cue.end, sent.end)
            if name and (not prev or prev[-1].endswith(",") or not text[cue.start - 2].isupper() and prev[-1] not in self.pronouns):
                return True  # a name and the end of its phrase right after the participle: the noun's name
        if self.cues_lowercase and text[cue.start].isupper() and text[sent.start:cue.start].strip(" „“\"'»«‚(") != "":
            return True
        if not text[cue.start].isupper() or cue.start == sent.start:
            return False
        prev = text.rfind(" ", sent.start, cue.start - 1)
        prev_word = text[prev + 1:cue.start].strip()
        if not prev_word or not prev_word[0].isupper():
            return False
        # a headline in title case keeps its cues ("Russia Warns Japan Over Missiles")
        words = _WORD_RE.findall(text[sent.start:sent.end])
        capitalised = sum(1 for w in words if w[0].isupper())
        return capitalised < 0.6 * len(words)

    def _other_quote_part(self, doc: Doc, sent: Sentence, speaker, cue: Match, content) -> list[tuple[int, int]]:
        """'"If the talks fail," the envoy said, "we will try again."': a quotation broken by the
        attribution — the part on the other side of SPEAKER CUE [adjunct], that this cue also reports."""
        text = doc.text
        attribution = (min(speaker[0], cue.start), max(speaker[1], cue.end))
        if content[1] <= attribution[0]:  # the first part was found: the second follows ', "…"'
            for q0, q1 in doc.quotes[bisect.bisect_left(doc.quotes, (attribution[1], -1)):]:
                gap = text[attribution[1]:q0]
                tail = doc.sentence_at(q1)
                if (q0 >= sent.end or not gap.rstrip().endswith(",") or any(ch in _QUOTE_MARKS or ch == "\n" for ch in gap)
                        or _word_count(text, attribution[1], q0) > 2 * self.max_adjunct_words or tail is None
                        or any(ch.isalnum() for ch in text[q1:tail.end])):
                    return []
                return [(q0, q1 + 1)] if _word_count(text, q0, q1) >= 2 else []
            return []
        if content[0] >= attribution[1] and text[content[0]] in _QUOTE_MARKS:  # the second was found: the first ends ',"' before
            p = attribution[0]
            while p > sent.start and text[p - 1] in " ,\u00a0":
                p -= 1
            if p > sent.start and text[p - 1] in _QUOTE_MARKS and "," in text[max(sent.start, p - 3):attribution[0]]:
                q = doc.quote_containing(p - 2)
                if q and q[1] == p - 1 and _word_count(text, q[0], q[1]) >= 2:
                    return [(q[0], q[1] + 1)]
        return []

    def _continued_quotes(self, doc: Doc, sent: Sentence, pos: int) -> list[tuple[int, int]]:
        """'"…," said X. "More of the same." ¶ "And more."' — the quotations that follow a direct
        statement, sentence after sentence and across paragraphs, each a sentence (or run of
        sentences) that is nothing but a quotation: the same speaker goes on."""
        text = doc.text
        if any(ch in _QUOTE_MARKS or ch == "\n" for ch in text[pos:sent.end]):
            return []
        out: list[tuple[int, int]] = []
        index = sent.index
        while len(out) < MAX_CONTINUED_QUOTES and index + 1 < len(doc.sentences):
            nxt = doc.sentences[index + 1]
            doubled = text.startswith("''", nxt.start)  # "''…,'' he said. ''More.''": newspaper archives
            if text[nxt.start] not in _QUOTE_MARKS and not doubled or text.count("\n", doc.sentences[index].end, nxt.start) > 2:
                break
            k = bisect.bisect_left(doc.quotes, (nxt.start, -1))  # (quotes.py pairs ''…'' too)
            q = doc.quotes[k] if k < len(doc.quotes) and doc.quotes[k][0] == nxt.start else None
            tail = doc.sentence_at(q[1]) if q else None
            if tail is None or any(ch.isalnum() for ch in text[q[1]:tail.end]):
                break  # '"…," she added.' is a statement of its own
            start, end = strip_span(text, q[0] + 1, q[1])
            if _word_count(text, start, end) < 2:
                break
            out.append((q[0], q[1] + 1))
            index = tail.index
        return out

    def _open_segment(self, text: str, start: int, end: int) -> int | None:
        """Where the quotation left open at the end of the paragraph [start, end) opens: its last quote
        mark opens one (a straight mark when their count is odd), else None (str scans, no loop per character)."""
        opened = max((text.rfind(q, start, end) for q in self.opening_quotes), default=-1)
        closed = max((text.rfind(q, start, end) for q in self.closing_quotes), default=-1)
        curly = opened if opened > closed else -1
        straight = text.rfind('"', start, end) if text.count('"', start, end) % 2 else -1
        last = max(curly, straight)
        return last if last >= 0 else None

    def _paragraph_quotes(self, doc: Doc) -> None:
        """'“We will win. ¶ “Nobody can stop us,” he said.': a paragraph whose quotation stays open goes on
        in the next paragraph that opens with a quote mark; the speaker of any part speaks them all."""
        text = doc.text
        paras: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            start, end = strip_span(text, pos, pos + len(line), " \t\r\u00a0")
            if end > start:
                paras.append((start, end))
            pos += len(line) + 1
        # runs of paragraphs carrying one quotation: each left open and the next opening with a mark
        runs: list[list[tuple[int, int, int]]] = []  # (segment start, segment end, paragraph start)
        run: list[tuple[int, int, int]] = []
        for n, (start, end) in enumerate(paras):
            opened = text[start] in self.opening_quotes or text[start] == '"'
            if run and not opened:
                run = []
            open_at = self._open_segment(text, start, end)
            if run:
                # the paragraph carries the quotation on: up to its closing mark, or whole when it stays open
                close = next((k for k in range(start + 1, end) if text[k] in self.closing_quotes or text[k] == '"'), None)
                run.append((start, end if open_at == start or close is None else close + 1, start))
            if open_at is not None:
                if not run:
                    run = [(open_at, end, start)]
                    runs.append(run)
            else:
                run = []
        for run in runs:
            if len(run) < 2:
                continue
            # the statement made in one of the paragraphs (its content or its cue there)
            owner = next((st for st in doc.statements if st.speaker is not None and st.cue is not None
                          and any(p <= st.content.start < b or p <= st.cue.start < b for _, b, p in run)), None)
            if owner is None:
                continue
            covered = [(st.content.start, st.content.end) for st in doc.statements]
            for a, b, _ in run:
                rest = max([a, *(e for c0, e in covered if a <= c0 < b)])
                c0, c1 = strip_span(text, rest, b, " \t\r\n\u00a0.,;:!?…\"“”")
                if _word_count(text, c0, c1) < 2 or any(x < c1 and c0 < y for x, y in covered):
                    continue
                sent = doc.sentence_at(c0) or doc.sentences[owner.sentence]
                self._emit(doc, sent, "direct", (owner.speaker.start, owner.speaker.end),
                           Match(owner.cue.start, owner.cue.end, CUE, None), (c0, c1), None)

    def _free_indirect(self, doc: Doc) -> None:
        """'Er sagte, … . Die Lage sei ernst.': the second sentence reports the same speaker."""
        first = {}
        for st in doc.statements:
            first.setdefault(st.sentence, st)
        text, prev, chain, gap = doc.text, None, 0, 0
        for sent in doc.sentences:
            own = first.get(sent.index)
            if own is not None:
                # a report without speaker span goes on too ("…, hieß es. Die Lage sei ernst.")
                prev, chain, gap = (own if own.speaker or own.cue is not None else None), 0, 0
                continue
            if prev is None and self.free_indirect_subject and sent.index > 0 and any(
                    m.group() in self.free_indirect_subject for m in re.finditer(r"\w+", doc.folded[sent.start:sent.end])):
                prev, chain = self._subject_statement(doc, doc.sentences[sent.index - 1]), 0
            if prev is None or prev.content.end > sent.start or chain >= self.free_indirect_chain:
                prev = None if prev is None or prev.content.end <= sent.start else prev
                continue
            if text[sent.start] in _QUOTE_MARKS:
                # a quotation that carries on a direct statement keeps its speaker for what follows
                prev = next((st for st in doc.statements if st.speaker and st.content.start <= sent.start < st.content.end), None)
                chain = 0
                continue
            outside = [m for m in re.finditer(r"\w+", doc.folded[sent.start:sent.end])
                       if doc.quote_containing(sent.start + m.start()) is None]
            if not any(m.group() in self.free_indirect for m in outside):
                # one sentence of the narrator may stand between ("… sprach von Chaos. 400 Autos brannten. In
                # einem Depot seien 27 Busse zerstört worden."): only a strong form after it goes on
                gap, prev = (gap + 1, prev) if self.free_indirect_gap and gap < self.free_indirect_gap else (0, None)
                continue
            if gap and not any(m.group() in self.free_indirect_subject for m in outside):
                prev, gap = None, 0
                continue
            gap = 0
            if self.anaphoric_according and any(m.group() in self.anaphoric_according for m in outside[:6]):
                continue  # "…, teilte die UN mit. Demnach hätten …": the adverb reports it, with its cue (_anaphoric_according)
            c0, c1 = strip_span(text, sent.start, sent.end)
            c1 = _rstrip(text, c0, c1)
            digest = sha1_hex(f"{doc.article_id}|free|{c0}|{c1}")[:16]
            statement = Statement(
                id=f"st-{digest}", article_id=doc.article_id, kind="indirect", speaker=prev.speaker,
                speaker_actor=prev.speaker_actor, cue=None, content=Span(text=text[c0:c1], start=c0, end=c1),
                sentence=sent.index,
            )
            doc.statements.append(statement)
            doc.statement_speakers[statement.id] = doc.statement_speakers.get(prev.id)
            prev, chain = statement, chain + 1

    def _subject_statement(self, doc: Doc, sent: Sentence) -> Statement | None:
        """`free_indirect_subject`: the subject that opens `sent` ("Der Trainer zeigte sich …") as the
        speaker of a following reported-speech sentence, wrapped as a statement without a cue."""
        text = doc.text
        if text[sent.start] in _QUOTE_MARKS:
            return None
        toks = self._tokens(doc, sent)[:self.max_speaker + 2]
        if not toks or not toks[0].is_word or toks[0].word in self.inversion_openers - self.determiners:
            return None
        if not (toks[0].cap or toks[0].word in self.determiners):
            return None
        speaker = self._np_forward(toks)
        if speaker is None:
            return None
        k = _count_until(toks, speaker[1])
        if k >= len(toks) or not toks[k].is_word or toks[k].cap or toks[k].word in self.complementizers:
            return None  # the subject is followed by its finite verb
        s0, s1 = speaker
        mention = self._speaker_actor(doc, s0, s1)
        words = [t for t in toks[:k] if t.is_word]
        if not (doc.mentions_in(s0, s1) or len(words) == 1 and words[0].word in self.pronouns
                or all(t.cap for t in words) and (len(words) > 1 and words[0].word not in self.determiners
                                                  or re.search(r"[A-ZÄÖÜ]\w+ " + re.escape(text[s0:s1]) + r"\b", text[:sent.start]))
                or self.speaker_noun_suffixes and words and words[0].word in self.determiners and any(
                    w.cap and w.word.endswith(self.speaker_noun_suffixes) for w in (words[-1], words[min(1, len(words) - 1)]))):
            # (the head right after the article counts as well as the last word: "Die Bewohner des Dorfes")
            return None  # a name, a pronoun or a known actor: not "Leider", "Die Veranstaltung"
        return Statement(id="subject", article_id=doc.article_id, kind="indirect",
                         speaker=Span(text=text[s0:s1], start=s0, end=s1),
                         speaker_actor=mention.actor if mention else None, cue=None,
                         content=Span(text=text[sent.start:sent.end], start=sent.start, end=sent.end),
                         sentence=sent.index)

    def _speaker_labels(self, doc: Doc) -> None:
        """'Kremlin: US missiles in Japan are a threat.' / 'PENCE: Well, look, …' — a name and a
        colon opening a line (headlines, interview transcripts)."""
        text = doc.text
        cued: dict[int, int] = {}  # sentence -> where its first cue stands
        for st in doc.statements:
            if st.cue is not None:
                cued[st.sentence] = min(cued.get(st.sentence, st.cue.start), st.cue.start)
        for sent in doc.sentences:
            if sent.start > 0 and text[sent.start - 1] != "\n":
                continue
            m = _LABEL_RE.match(text, sent.start, min(sent.end, sent.start + 80))
            if m is None or cued.get(sent.index, len(text)) < m.end():
                continue  # a line whose cue already reported it ("Said Ellis: …") needs no label; a cue after
                # the label is the labelled speaker's own report ("PENCE: Well, she thinks …")
            name = m.group(1)
            words = name.split()
            if fold(name) in self.label_stop or fold(words[0]) in self.label_stop:
                continue
            inside = doc.mentions_in(m.start(1), m.end(1))
            start = m.end()
            line_end = text.find("\n", start)
            if len(words) == 1 and not inside and not (name.isupper() and len(name) > 2) and not (
                    self._title_case(text[start:len(text) if line_end == -1 else line_end])):
                continue  # one unknown word: a speaker only before a headline in title case ("Pence: Flowers Won't Be There")
            end = _rstrip(text, start, len(text) if line_end == -1 else line_end)
            if _word_count(text, start, end) < 2:
                continue
            colon = m.end(1) + text[m.end(1):m.end()].index(":")
            self._emit(doc, sent, "direct", (m.start(1), m.end(1)), Match(colon, colon + 1, CUE, None), (start, end), None)

    def _colon_quotes(self, doc: Doc) -> None:
        """'The spokesman: "We will not negotiate."' / 'Jane Doe on the talks: "…"' — a noun phrase
        (and its topic after `colon_topic_prepositions`) opening a sentence without a cue, a colon,
        then a quotation: the phrase speaks."""
        text = doc.text
        cued = {st.sentence for st in doc.statements}
        for sent in doc.sentences:
            if sent.index in cued:
                continue
            colon = text.find(":", sent.start, min(sent.end, sent.start + 160))
            if colon < 0:
                continue
            q0 = strip_span(text, colon + 1, sent.end, " \t\r\n\u00a0")[0]
            if q0 >= sent.end or text[q0] not in _QUOTE_MARKS:
                continue
            toks = [t for t in self._tokens(doc, sent) if t.end <= colon]
            if not toks or not (toks[0].cap or toks[0].word in self.determiners or toks[0].word in self.possessive_pronouns):
                continue
            if self.colon_clause_quotes and self.inversion_openers and (toks[0].word in self.inversion_openers or toks[0].word.isdigit()):
                # "Dabei griff sie den Präsidenten an: „…“", "2008 erklärte er …: „…“": after an opening adverbial
                # the finite verb, then the subject pronoun
                v = next((n for n in range(1, min(len(toks) - 1, 7)) if toks[n + 1].word in self.pronouns
                          and toks[n].is_word and not toks[n].cap and toks[n].word not in self.speaker_stop), None)
                end = _rstrip(text, q0, self._quote_extended_end(doc, q0, sent.end))
                if v is not None and all(t.word not in _CLAUSE_MARKS for t in toks[:v]) and _word_count(text, q0, end) >= 2:
                    self._emit(doc, sent, "direct", (toks[v + 1].start, toks[v + 1].end),
                               Match(toks[v].start, toks[v].end, CUE, None), (q0, end), None)
                    continue
            topic = next((n for n, t in enumerate(toks) if n > 0 and t.word in self.colon_topic_prepositions), len(toks))
            speaker = self._np_forward(toks[:topic])  # "Jane Doe on the talks:": the topic is no part of the speaker
            if speaker is None:
                continue
            k = _count_until(toks, speaker[1])
            if (self.colon_clause_quotes and k + 2 < len(toks) and toks[k].word == "," and toks[-1].cap
                    and len(toks) - k - 1 <= self.max_speaker and all(t.is_word or t.word in "-()." for t in toks[k + 1:])
                    and (toks[k + 1].word not in self.verb_final_relatives or toks[0].word not in self.determiners)):
                # 'Anna Berg, Präsidentin des Rats: „…“': a name and its apposition, then the colon
                speaker, k = (speaker[0], toks[-1].end), len(toks)
            if k < len(toks) and not (toks[k].word in self.colon_topic_prepositions and all(t.is_word for t in toks[k:])
                                      and len(toks) - k <= self.max_adjunct_words):
                subject = self._subject_statement(doc, sent) if self.colon_clause_quotes else None
                end = _rstrip(text, q0, self._quote_extended_end(doc, q0, sent.end))
                if subject is not None and subject.speaker.end <= toks[k].start and _word_count(text, q0, end) >= 2:
                    # the clause's finite verb is the cue ("Die Ministerin griff … an: „…“")
                    self._emit(doc, sent, "direct", (subject.speaker.start, subject.speaker.end),
                               Match(toks[k].start, toks[k].end, CUE, None), (q0, end), None)
                continue  # a clause before the colon ("The rule is simple: …"), not a speaker
            if self.colon_quote_names and not (any(m.end == speaker[1] for m in doc.mentions_in(*speaker)) or all(t.cap for t in toks[:k] if t.is_word)):
                continue  # lower-case nouns (ru, uk): 'Причина проста: «…»' is a clause, 'Андрей Иванов: «…»' a speaker
            end = self._quote_extended_end(doc, q0, sent.end)
            end = _rstrip(text, q0, end)
            if _word_count(text, q0, end) < 2 or not self._plausible_speaker(doc, speaker):
                continue
            cue = Match(colon, colon + 1, CUE, None)
            head = toks[k - 1]
            if head.word in self.nominal_cues:
                # "His verdict: "…"", "The minister's message: "…"": the possessor speaks, the noun is the cue
                owner = next((n for n in range(k - 1) if toks[n].word in self.possessive_pronouns
                              or toks[n].word.endswith(("'s", "’s"))), None)
                if owner is None:
                    continue
                end_owner = toks[owner].end - (0 if toks[owner].word in self.possessive_pronouns else 2)
                speaker, cue = (toks[0].start, end_owner), Match(head.start, head.end, CUE, None)
            self._emit(doc, sent, "direct", speaker, cue, (q0, end), None)

    @staticmethod
    def _title_case(line: str) -> bool:
        """A headline: short, most words capitalised."""
        words = re.findall(r"\w[\w'’]*", line)
        return 3 <= len(words) <= 16 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _dash_attributions(self, doc: Doc) -> None:
        """'“QUOTE” ― Jane Doe' at the end of a line or sentence."""
        text = doc.text
        done = {s.content.start for s in doc.statements}
        for q0, q1 in doc.quotes:
            if q0 in done:
                continue
            p = q1 + 1
            while p < len(text) and p - q1 < 4 and text[p] in " \u00a0.,":
                p += 1
            if p >= len(text) or text[p] not in self.attribution_dashes:
                continue
            dash = p
            m = _DASH_NAME_RE.match(text, dash + 1)
            if m is None or _word_count(text, q0, q1) < 2:
                continue
            sent = doc.sentence_at(q0) or doc.sentence_at(dash)
            if sent is None:
                continue
            name = strip_span(text, m.start(1), m.end(1), " .")
            self._emit(doc, sent, "direct", name, Match(dash, dash + 1, CUE, None), (q0, q1 + 1), None)

    def _tokens(self, doc: Doc, sent: Sentence) -> list[Tok]:
        if self.continua:
            return [Tok(i, i + 1, doc.folded[i]) for i in range(sent.start, sent.end) if not doc.folded[i].isspace()]
        text, folded = doc.text, doc.folded
        # offsets from the split of the matched words: one regex scan, no match objects per token
        out = []
        pos = sent.start
        if sent.start == 0 or text[sent.start - 1] == "\n":
            dateline = _DATELINE.match(text, sent.start, sent.end)
            if dateline and dateline.group(1).isupper() and dateline.end() < sent.end:
                pos = dateline.end()  # "WASHINGTON -- The mayor, …, said": the dateline opens no phrase of the sentence
        contractions = self.contractions
        for gap, word in _SPACED_TOKEN_RE.findall(folded, pos, sent.end):
            if not word:
                break  # only spaces were left
            start = pos + len(gap)  # (perf: not folded.index(word, pos): only spaces stand between two tokens)
            pos = start + len(word)
            if contractions and "'" in word:
                head, _, tail = word.partition("'")
                if head in self.pronouns and "'" + tail in contractions:
                    # "he's claiming", "we've argued": the pronoun speaks, the auxiliary goes with the cue
                    out.append(Tok(start, start + len(head), head, text[start].isupper()))
                    out.append(Tok(start + len(head), pos, word[len(head):]))
                    continue
            if self.glued_words and pos - start > 5:
                # "szerdánVolodimir Zelenszkij": a scraper joined two words (or paragraphs); a capital after three
                # lower-case letters, followed by a lower-case one, opens a word of its own (not "DeSantis", "iPhone")
                cut = _glue_cut(text, start, pos)
                if cut is not None:
                    out.append(Tok(start, cut, folded[start:cut], text[start].isupper()))
                    out.append(Tok(cut, pos, folded[cut:pos], True))
                    continue
            out.append(Tok(start, pos, word, text[start].isupper()))
        return out

    # -- pattern dispatch --------------------------------------------------------------------
    def _read(self, doc: Doc, sent: Sentence, toks: list[Tok], cue: Match):
        if self.continua:
            return self._read_continua(doc, sent, toks, cue)
        if cue.kind == ACCORDING_BEFORE:
            return self._according_before(doc, sent, toks, cue)
        if cue.kind == ACCORDING_AFTER:
            return self._according_after(doc, sent, toks, cue)
        if self._inside_quote(doc, sent, cue.start) and not _DASH_ATTRIBUTION_RE.search(doc.text[max(sent.start, cue.start - 6):cue.start]):
            # (not «…, — сказал министр, — …»: the attribution set off by dashes inside the quotation)
            return None
        if self.verb_final:
            return self._verb_final(doc, sent, toks, cue)
        i = _index_at(toks, cue.start)
        j = _index_at(toks, cue.end - 1)
        before = toks[:i]
        after = toks[j + 1:]
        if before and (before[-1].word == "," or before[-1].word in self.participle_prepositions) and toks[i].word in self.participles:
            return self._participle(doc, sent, before, after, cue)  # "…, saying that …", "… by saying that …"
        if not before and self.opening_participles and toks[i].word in self.participles and toks[i].cap:
            return self._opening_participle(doc, sent, after)  # "Citing security concerns, the ministry closed …"
        if (len(before) > 2 and toks[i].word in self.participles and before[-2].word == ","
                and self._participle_adverb(before, len(before) - 1)):
            return self._participle(doc, sent, before[:-1], after, cue)  # "…, even suggesting that …"
        if self.quoting_verbs and doc.folded[cue.start:cue.end] in self.quote_as_cues:
            return self._quoted_as(doc, sent, before, after, cue)
        if toks[i].word in self.participles and self.absolute_openers:
            # "…, with officials saying that …": the phrase between the opener and the participle speaks
            w = next((k for k in range(len(before) - 1, max(-1, len(before) - 2 - self.max_speaker), -1)
                      if before[k].word in self.absolute_openers), None)
            if w is not None and w + 1 < len(before):
                speaker = self._np_forward(before[w + 1:])
                if speaker is not None and speaker[1] == before[-1].end:
                    return self._reported(doc, sent, speaker, after, cue)
        aux = len(before) - 1
        while aux > 0 and before[aux].word in self.cue_prefix_words and before[aux].word not in self.passive_auxiliaries:
            aux -= 1  # "is also encouraging": an adverb between the auxiliary and the participle
        if toks[i].word in self.participles and not (before and before[aux].word in self.passive_auxiliaries):
            return None  # "issued a stark warning": a participle reports after a comma or "is" only
        if (self.infinitive_markers and len(before) > 2 and before[-1].word in self.infinitive_markers
                and before[-2].word not in self.cue_words and before[-2].is_word):
            # "X went on to explain that …", "X was quick to point out …", "X took to Twitter to say …": the
            # subject of the clause speaks (not "declined to say", where the first verb is the cue)
            speaker = self._subject(doc, before[:-1])
            first = before[_count_until(before, speaker[0])] if speaker else None
            if first is not None and (first.word in self.speaker_stop or first.word in self.subordinators
                                      or re.split(r"['’]", first.word)[0] in self.clause_subjects  # "It's fair to say that …"
                                      or _word_count(doc.text, *speaker) > self.max_speaker // 2):
                speaker = None  # "When pressed, … to say": no subject found, only an adjunct
            if speaker and before[0].word in self.determiners:
                # a phrase opened by a determiner may run over the first verb ("The governor went on"): it
                # ends with the last actor named in it, or there is no telling where
                inside = doc.mentions_in(*speaker)
                speaker = (speaker[0], inside[-1].end) if inside else None
            return self._reported(doc, sent, speaker, after, cue) if speaker else None
        if self._passive(before, toks[i]):
            # "The issue was first reported by The Ledger": the agent speaks; else a passive names no speaker
            return self._passive_agent(doc, sent, before, after) if self.passive_agents else None
        if after and after[0].word in self.passive_after:
            return None  # "… mitgeteilt worden", "… begrüßt werden": passive, no speaker
        if self.passive_finites and i == j and self._verb_second_passive(before, toks[i]):
            found = self._object(doc, sent, after, cue)
            if found is None:
                return None
            doc.speakerless_cues.add(cue.start)
            return _kind(doc.text, found[0][0]), None, found[0], None
        if self.clitic_subjects and toks[i].end > cue.end:
            return self._clitic_inverted(doc, sent, before, toks[i], cue)
        if self.impersonal_cues and doc.folded[cue.start:cue.end] in self.impersonal_cues:
            return self._impersonal(doc, sent, before, after, cue)
        if self.anaphoric_openers and sent.index > 0:
            found = self._anaphoric_opener(doc, sent, before, after, cue)
            if found is not None:
                return found
        found = None
        if self.topic_prepositions:
            # ar "وعن الحل العسكري قال المتحدث: …": a phrase about the topic opens the clause, the cue and its
            # speaker follow (verb-initial); the phrase is no speaker
            opening = [t for t in before if t.is_word]
            if opening and opening[0].word in self.topic_prepositions and len(opening) <= self.max_adjunct_words:
                found = self._verb_initial(doc, sent, [], after, cue)
                if found is None and self.pro_drop:
                    found = self._pro_drop(doc, sent, [], after, cue)  # "وعن الحل، قال: «…»": no speaker named
                if found is None:
                    return None
        if found is None:
            found = self._postposed(doc, sent, before, after, cue)
        if found is None and not (self.sequel_clitics and cue.start > sent.start and doc.text[cue.start - 1] in self.sequel_clitics):
            # (ar "… مع القيادة السعودية فقال: …": after the clitic ف the cue opens a new clause; the noun before it is
            # no subject)
            found = self._preposed(doc, sent, before, after, cue)
        if found is None and (self.speaker_after_cue or not before and any(t.word == ":" for t in after[: self.max_speaker + 1])):
            found = self._verb_initial(doc, sent, before, after, cue)  # also "Said Ellis: …" opening a sentence
        if found is None and self.pro_drop:
            found = self._pro_drop(doc, sent, before, after, cue)
        if (found is None and self.sequel_clitics and cue.start > sent.start and doc.text[cue.start - 1] in self.sequel_clitics
                and any(t.word in self.complementizers or t.word == ":" or t.word in _QUOTE_MARKS for t in after[:2])):
            found = self._with_content(doc, sent, None, after, cue)  # "… فقال: …": the subject left out
        if found and self.object_speaker_cues and doc.folded[cue.start:cue.end] in self.object_speaker_cues:
            found = self._quoted_object(found, after)
        if found and found[1] and doc.folded[found[1][0]:found[1][1]] in self.relative_speakers:
            # "The commission, which argued that the merger was illegal, has appealed": the relative clause
            # ends at a comma before the main clause's verb
            c0, c1 = found[2]
            for m in re.finditer(r",\s*(\w+)", doc.folded[c0:c1]):
                if (m.group(1) in self.clause_verbs or m.group(1) in self.cue_prefix_words or m.group(1) in self.past_verbs
                        or self.past_verbs and m.group(1).endswith(self.past_participle_suffixes)):  # ", went to court"
                    found = found[:2] + ((c0, c0 + m.start()),) + found[3:]
                    break
        if found and found[0] == "indirect" and (doc.text[found[2][0]] in _QUOTE_MARKS or doc.text[found[2][1] - 1] in _QUOTE_MARKS):
            found = ("direct",) + found[1:]
        if found and found[1] and self.verb_final_relatives and self.np_after_noun_stop and found[1][1] <= cue.start:
            # de "…, der der Regierung vorwarf, …", "…, der alle Bürger aufforderte, …": in a relative clause the
            # pronoun is the subject, the words after it objects and adjuncts of the verb at its end
            k = _count_until(toks, found[1][0])
            nxt = toks[k + 1] if k + 1 < i else None
            if (0 < k < i - 1 and toks[k - 1].word == "," and toks[k].word in self.verb_final_relatives
                    and not any(t.word in _CLAUSE_MARKS for t in toks[k:i]) and nxt is not None
                    and not (nxt.cap and nxt.word not in self.determiners  # "…, die Polizei teilte mit": an article
                             or nxt.word.endswith(self.adjective_endings) and nxt.word not in self.determiners
                             and nxt.word not in self.quantifiers and k + 2 < i and toks[k + 2].cap)):
                found = (found[0], (toks[k].start, toks[k].end)) + found[2:]
        if found and found[1] and self.inverted_pronouns and found[1][1] <= cue.start:
            # verb second (de): "Die Tat bezeichnete er als sinnlos", "Ihr gegenüber hat er angegeben, …": a subject
            # pronoun right after the finite cue or its auxiliary is the speaker; the phrase before is an object
            fin = j
            if not (after and after[0].word in self.inverted_pronouns):
                c = _clause_open(before, len(before))
                fin = next((n for n in range(len(before) - 2, c - 1, -1) if before[n].word in self.auxiliaries), None)
            nxt = after[0] if fin == j and after else before[fin + 1] if fin is not None else None
            if nxt is not None and nxt.word in self.inverted_pronouns and nxt.start >= found[1][1]:
                c0, c1 = found[2]
                if c0 == nxt.start:  # "Die Tat bezeichnete er als sinnlos": the pronoun is no part of what was said
                    c0 = strip_span(doc.text, nxt.end, c1)[0]
                if c1 > c0:
                    found = (found[0], (nxt.start, nxt.end), (c0, c1)) + found[3:]
        return found

    def _impersonal(self, doc, sent, before, after, cue):
        """'CONTENT, hieß es [aus X].' / '[In X] heißt es, CONTENT' / 'Es hieß: …': a cue without subject;
        the source is the phrase after an `impersonal_sources` preposition next to the cue, if any."""
        c = _clause_open(before, len(before))
        clause = before[c:]
        if clause and clause[0].word in self.as_openers:
            clause = clause[1:]  # "Wie aus Unternehmenskreisen verlautete, …"
        tail = list(itertools.takewhile(lambda t: t.is_word, after))  # "hieß es aus dem Rathaus"
        speaker = None
        for phrase in (tail, clause):
            if len(phrase) > 1 and phrase[0].word in self.impersonal_sources:
                speaker = self._np_forward(phrase[1:])
                if speaker is not None:
                    break
        rest = after[len(tail):]
        if rest and (rest[0].word in (",", ":") or rest[0].word in _QUOTE_MARKS):
            content = self._content_after(doc, sent, rest)
        elif c > 0 and before[c - 1].word in (",", ":") and not tail or c > 0 and before[c - 1].word == "," and speaker:
            content = self._content_before(doc, sent, before[:c - 1])
        else:
            return None
        if content is None:
            return None
        return _kind(doc.text, content[0]), speaker, content, None

    def _anaphoric_opener(self, doc, sent, before, after, cue):
        """'Об этом заявил министр.' / 'Erről a minisztérium tájékoztatott.': an anaphor opening the
        sentence stands for the sentence before, which is what was said; the speaker follows the cue,
        or stands between the anaphor and the cue."""
        head = doc.folded[sent.start:cue.start].strip()
        opener = next((o for o in self.anaphoric_openers if head == o or head.startswith(o + " ")), None)
        mid = before[len(opener.split()):] if opener else []
        if opener is None and not head:
            # the anaphor inside a phrasal cue opening the sentence: "С таким заявлением выступил X."
            phrase = doc.folded[cue.start:cue.end]
            opener = next((o for o in self.anaphoric_openers if phrase.startswith(o + " ")), None)
        if opener is None:
            return None
        clause = list(itertools.takewhile(lambda t: t.word != ",", after))
        comma = after[len(clause) + 1:len(clause) + 2]
        if any(t.word in _QUOTE_MARKS or t.word in self.complementizers or t.word == ":" for t in clause + comma):
            return None  # the cue has a content of its own ("Это ведомство заявило, что …")
        if mid:
            if " " not in opener and not (mid[0].word in self.determiners or mid[0].cap and not self.cues_lowercase):
                return None  # a determiner, not an anaphor: "Это ведомство заявило", "Das Ministerium bestätigte den Bericht"
            speaker = self._np_backward(mid)
        else:
            if not clause:
                return None
            rest = after[1:] if after[0].word in self.adjunct_prepositions else after  # "Об этом сообщили в Кремле"
            speaker = self._np_forward(rest)
        if speaker is None:
            return None
        prev = doc.sentences[sent.index - 1]
        if doc.text.count("\n", prev.end, sent.start) > 1:
            return None
        reported = next((st.content for st in doc.statements if st.sentence == prev.index and st.content), None)
        if reported is not None:  # "X заявил, что … . Об этом он сказал в интервью": what the sentence before reports
            return _kind(doc.text, reported.start), speaker, (reported.start, reported.end), None
        c0, c1 = strip_span(doc.text, prev.start, prev.end)
        c1 = _rstrip(doc.text, c0, c1)
        if _word_count(doc.text, c0, c1) < 3:
            return None
        return "indirect", speaker, (c0, c1), None

    def _quoted_as(self, doc, sent, before, after, cue):
        """'X was quoted (by Y) as saying …' — X speaks; 'Y quoted X as saying …' — the object X speaks."""
        k = next((k for k in range(len(before) - 1, max(-1, len(before) - 3 - 2 * self.max_speaker), -1)
                  if before[k].word in self.quoting_verbs), None)
        if k is None:
            return None
        a = k
        while a > 0 and (before[a - 1].word in self.cue_prefix_words or self._adverb(before, a - 1)):
            a -= 1
        if any(t.word in self.passive_auxiliaries for t in before[a:k]):
            speaker = self._np_backward(before[:a]) if a > 0 else None
        elif k + 2 == len(before) and before[k + 1].word in self.object_pronouns:
            speaker = before[k + 1].start, before[k + 1].end  # "quoted her as saying"
        else:
            speaker = self._np_forward(before[k + 1:]) if k + 1 < len(before) else None
            if speaker is not None and speaker[1] != before[-1].end:
                return None
        if speaker and not any(t.is_word for t in after):
            # '"…," the website quoted X as saying.': what was said stands before the quoting clause
            c = _clause_open(before, k)
            content = self._content_before(doc, sent, before[:c - 1]) if c > 1 and before[c - 1].word in _CLOSING else None
            return ("indirect", speaker, content, None) if content else None
        return self._reported(doc, sent, speaker, after, cue) if speaker else None

    def _quoted_object(self, found, after):
        """'X zitiert den Minister mit den Worten: …': the one quoted, the cue's object, is the speaker."""
        kind, speaker, content, addressee = found
        if after and after[0].word in self.quoted_pronouns and content[1] <= after[0].start:
            return kind, (after[0].start, after[0].end), content, None  # uk "«…», — цитує його агентство": he speaks
        k = 0
        while k < len(after) and after[k].word in self.skip_before_cue and after[k].word not in self.determiners:
            k += 1
        obj = self._np_forward(after[k:]) if k < len(after) and (after[k].cap or after[k].word in self.determiners) else None
        if obj is None or obj[1] > content[0] or speaker and speaker[0] >= obj[0]:
            return found
        return kind, obj, content, None

    def _clitic_inverted(self, doc, sent, before, tok, cue):
        """'« … », dit-il.' / '…, affirme-t-elle': the subject clitic joined to the cue speaks."""
        m = re.fullmatch(r"-(?:t-)?(\w+)", doc.folded[cue.end:tok.end])
        if m is None or m.group(1) not in self.clitic_subjects or not before or before[-1].word not in _CLOSING:
            return None
        content = self._content_before(doc, sent, before[:-1])
        if content is None:
            return None
        return _kind(doc.text, content[0]), (cue.end + m.start(1), tok.end), content, None

    def _pro_drop(self, doc, sent, before, after, cue):
        """The verb alone reports, its subject left out: 'CONTENT, dijo.' / '…, — отметил в интервью.'
        or 'Añadió que …' / 'También dijo: …' at the start of a clause."""
        if before and before[-1].word in _CLOSING:
            opener = next((k for k, t in enumerate(after[: 2 * self.max_adjunct_words]) if t.word in self.complementizers
                           or t.word == ":" or t.word in _QUOTE_MARKS and k > 0 and after[k - 1].word == ","), None)
            clitic = self.coordinating_clitics and (
                doc.text[cue.start] in self.coordinating_clitics and doc.folded[cue.start + 1:cue.end].split()[0] in self.cue_words
                or cue.start > sent.start and doc.text[cue.start - 1] in self.coordinating_clitics)
            if (clitic and opener is not None and opener > 0 and after[0].is_word
                    and all(t.is_word and t.word not in self.cue_words or t.word == "," for t in after[:opener])):
                # ar "…، واعتبر في مؤتمر صحافي، أن …": verb-initial, an adjunct after the cue, then what was said
                return self._with_content(doc, sent, None, after[opener:], cue)
            words = [t for t in after if t.is_word]
            if words and after[0].word not in self.speaker_stop:
                return None  # a word after the cue that can open a speaker: not pro-drop
            content = self._content_before(doc, sent, before[:-1])
            return ("indirect", None, content, None) if content else None
        c = _clause_open(before, len(before))
        if c > 0 and before[c - 1].word != ";" or any(t.word not in self.skip_before_cue for t in before[c:]):
            return None
        opener = next((t for t in after[: self.max_addressee + 1]
                       if t.word in self.complementizers or t.word == ":" or t.word in _QUOTE_MARKS), None)
        if opener is None:
            return None
        return self._with_content(doc, sent, None, after, cue)

    def _passive(self, before: list[Tok], cue_tok: Tok) -> bool:
        """'she was charged with …', 'it is believed': a passive reporting verb names no speaker."""
        if not self.passive_auxiliaries or (self.participle_suffixes and cue_tok.word.endswith(self.participle_suffixes)):
            return False
        i = len(before) - 1
        while i >= 0 and (self._adverb(before, i) or before[i].word in self.cue_prefix_words
                          and before[i].word not in self.passive_auxiliaries):
            i -= 1  # "were also said", "is not expected"
        # "he's said that …": a split-off "'s" before a past participle is "has", no passive (but "it's
        # believed that …": after an expletive subject it is "is")
        return i >= 0 and before[i].word in self.passive_auxiliaries and (
            before[i].word not in self.perfect_contractions or i > 0 and before[i - 1].word in self.clause_subjects)

    def _strong_participle(self, w: str) -> bool:
        if len(self.strong_participle_marks) != 2:
            return False
        infix, ending = self.strong_participle_marks
        return w.endswith(ending) and infix in w[:-len(ending)] and not w.endswith(self.participle_endings)

    def _verb_second_passive(self, before: list[Tok], cue_tok: Tok) -> bool:
        """de: "Dem Minister wurde vorgeworfen", "Zudem wird die Regierung aufgefordert": a passive finite verb in the
        clause of a participle cue (`weak_participle_suffixes`, or `strong_participle_marks`: not the infinitive of a
        future "wird sagen")."""
        w = cue_tok.word
        if w in self.object_speaker_cues:
            return False  # "Ein Beobachter wird mit den Worten zitiert, …": the one quoted speaks
        if not (w.endswith(self.weak_participle_suffixes) or self._strong_participle(w)):
            return False
        clause = before[_clause_open(before, len(before)):]
        return any(t.word in self.passive_finites for t in clause)

    def _passive_agent(self, doc, sent, before, after):
        """SUBJECT AUX CUE by AGENT: the agent is the speaker, the subject of the clause what was said."""
        if len(after) < 2 or after[0].word not in self.passive_agents or after[1].word in self.determiners - {"the", "a", "an"}:
            return None
        speaker = self._np_forward(after[1:])
        if speaker is None:
            return None
        i = len(before) - 1
        while i >= 0 and before[i].word not in self.passive_auxiliaries:
            i -= 1
        while i > 0 and before[i - 1].word in self.cue_prefix_words:
            i -= 1  # "has been", "will be", "had been": the whole auxiliary chain
        c = _clause_open(before, i)
        if i - c > self.max_speaker * 2 or before[c:i] and before[c].word in self.complementizers:
            return None
        content = self._content_before(doc, sent, before[c:i])
        return ("indirect", speaker, content, None) if content else None

    def _inside_quote(self, doc: Doc, sent: Sentence, pos: int) -> bool:
        q = doc.quote_containing(pos)
        return q is not None and q[1] - q[0] > 3

    # -- patterns ----------------------------------------------------------------------------
    def _as_apposition(self, doc, sent, before, after, c):
        """"Wie der Sprecher, Peter Klein, mitteilte, …" / "…, wie Peter Klein, Chef der Firma, mitteilte.":
        an as-clause whose subject has an apposition set off by commas; the speaker is both (a relative
        clause in the commas, ending in a lower-case verb, is no part of it)."""
        n = len(before)
        if c != n or n < 5 or before[-1].word != ",":
            return None
        c1 = _clause_open(before, n - 1)
        if not (2 < c1 < n - 1 and before[c1 - 1].word == "," and n - 1 - c1 <= self.max_speaker
                and all(t.is_word or t.word in "-()." for t in before[c1:n - 1])):
            return None
        c0 = _clause_open(before, c1 - 1)
        if not (c0 < c1 - 2 and before[c0].word in self.as_openers):
            return None
        head = self._np_forward(before[c0 + 1:c1 - 1])
        if head is None or head[1] != before[c1 - 2].end:
            return None  # the subject is one phrase up to the comma
        speaker = (head[0], before[n - 2].end) if before[n - 2].cap else head
        if c0 >= 2 and before[c0 - 1].word == "," and (not any(t.is_word for t in after) or self._clause_ends(after)):
            content = self._content_before(doc, sent, before[:c0 - 1])
        elif c0 == 0 and after and after[0].word == ",":
            content = self._content_after(doc, sent, after[1:])
        else:
            return None
        return ("indirect", speaker, content, None) if content else None

    def _postposed(self, doc, sent, before, after, cue):
        """CONTENT, CUE SPEAKER. (inverted) / CONTENT, SPEAKER CUE."""
        if self.as_openers:
            # "CONTENT, wie er in einem Schreiben mitteilte." / "…, as the minister said."
            c = _clause_open(before, len(before))
            found = self._as_apposition(doc, sent, before, after, c)
            if found:
                return found
            if (2 <= c < len(before) - 1 and before[c].word in self.as_openers and before[c - 1].word == ","
                    and (not any(t.is_word for t in after) or self._clause_ends(after))):
                speaker = self._np_forward(before[c + 1:])
                content = self._content_before(doc, sent, before[:c - 1]) if speaker else None
                if content:
                    return "indirect", speaker, content, None
            if c == 0 and len(before) > 1 and before[0].word in self.as_openers and after and after[0].word == ",":
                # "Wie die Polizei mitteilte, wurde niemand verletzt." / "As the minister said, …"
                speaker = self._np_forward(before[1:])
                content = self._content_after(doc, sent, after[1:]) if speaker else None
                if content:
                    return "indirect", speaker, content, None
            if 2 <= c == len(before) - 1 and before[c].word in self.as_openers and before[c - 1].word == "," and after and after[0].is_word:
                # "CONTENT, so urteilte der Trainer.": the opener alone before an inverted cue
                speaker = self._np_forward(after)
                rest = after[_count_until(after, speaker[1]):] if speaker else []
                if speaker and (self._clause_ends(rest) or self._free_tail(rest)):
                    content = self._content_before(doc, sent, before[:c - 1])
                    if content:
                        return "indirect", speaker, content, None
        b = len(before)
        while b > 1 and before[b - 2].word in _CLOSING and (
                before[b - 1].word in self.auxiliaries or before[b - 1].word in self.skip_before_cue):
            b -= 1  # "« … », a fustigé X": the auxiliary of a compound cue
        if b < len(before):
            before = before[:b]
        closes_relative = False
        if before and before[-1].word == "," and self.relative_openers:
            c2 = _clause_open(before, len(before) - 1)
            # "X, которые представляли …, надеются …": the comma closes a relative clause; the cue is the main verb
            closes_relative = c2 < len(before) - 1 and before[c2].word in self.relative_openers and c2 > 0
        # verb-second: "Die Ministerin, Anna Berger (SPD), warnte die Regierung …" — a name and its
        # apposition opening the sentence are the speaker, not a content before an inverted cue
        opening_apposition = self._opening_apposition(before) or (
            before and before[-1].word in self.apposition_dashes and self._apposition_speaker(before) is not None)
        if self.quoted_names and len(before) > 2 and before[-1].word in _QUOTE_MARKS:
            # 'Die Zeitung „Der Standard“ berichtete am Sonntag, …': a quoted name right after a word of the subject
            # closes the subject, not a content before an inverted cue
            opening = next((k for k in range(len(before) - 2, max(-1, len(before) - 8), -1) if before[k].word in _QUOTE_MARKS), None)
            inner = before[opening + 1:-1] if opening else []
            if inner and before[opening - 1].is_word and inner[0].cap and all(t.is_word for t in inner):
                opening_apposition = True
        if before and before[-1].word == ")":
            # "L'armée congolaise (FARDC) a annoncé que …": a short parenthesis names, it closes no content
            opening = next((k for k in range(len(before) - 2, max(-1, len(before) - 7), -1) if before[k].word == "("), None)
            opening_apposition = opening_apposition or opening is not None
        # "…, speaking of the plan": a present participle is never an inverted cue; its subject is the clause's
        gerund = bool(self.participle_suffixes) and doc.folded[cue.start:cue.end].split()[0].endswith(self.participle_suffixes)
        if (before and before[-1].word in _CLOSING and after and after[0].is_word and not closes_relative
                and not opening_apposition and not gerund):
            lead = 0  # "…, — сказал ему следователь": words between an inverted cue and its speaker
            while lead < len(after) - 1 and (after[lead].word in self.skip_after_cue
                                             or lead == 0 and after[lead].word in self.reflexive_particles):
                lead += 1  # (cs "…, vyjádřil se Trump": the reflexive particle goes with the cue)
            speaker = self._np_forward(after[lead:]) if after[lead].word not in self.complementizers else None
            object_cue = doc.folded[cue.start:cue.end] in self.object_cues and after[lead].word in self.addressee_prepositions
            if object_cue:
                speaker = None  # es "El canciller, calificó de extremas la actitud …": the cue's object follows, no speaker
            if speaker is not None and (after[lead].word in self.object_pronouns or after[lead].word in self.listeners
                                        or after[lead].word in self.speaker_connectors and not after[lead].cap):
                # '"…," Ms. Doe, 54, told me.' / '"…," Doe said of the plan.': who was told or what about follows
                # the cue; the speaker stands before it
                speaker = None
            elif speaker is not None and self._time_only(doc, *speaker):
                speaker = None  # "…, Mitch Doe, R-Ky., said Tuesday.": the speaker stands before the cue
            elif (speaker is not None and self.np_determiner_after and after[lead].word in self.determiners
                  and lead + 2 < len(after) and after[lead + 1].word in self.content_time_words):
                # "…, dijo el jueves el jefe de Gabinete": the time phrase, then the speaker
                k = next((k for k in range(lead + 2, min(len(after), lead + 5)) if after[k].word in self.determiners
                          or after[k].cap), None)
                speaker = self._np_forward(after[k:]) if k is not None else None
            if speaker is None and after[lead].word in self.speaker_stop and after[lead].word not in self.complementizers and not object_cue:
                # "…, advirtió en un comunicado el comando del ejército": an adjunct, then the speaker
                # (not the capitalised article of a name: "…, a déclaré au journal Le Monde le ministre")
                starts = [k for k in range(lead + 2, min(len(after), lead + 6))
                          if after[k].word in self.object_openers or after[k].word in self.determiners]
                k = next((k for k in starts if not (after[k].cap and after[k].word in self.determiners
                                                    and k + 1 < len(after) and after[k + 1].cap)), starts[0] if starts else None)
                if k is None and lead + 2 < len(after) and after[lead + 1].word in self.skip_after_cue:
                    k = lead + 2  # no article to find (cs "…,“ řekl v pondělí ministr obrany"): a time adjunct, then the speaker
                if k is None and after[lead].word in self.adjunct_prepositions:
                    k = self._speaker_after_adjunct(doc, after, lead)
                if k is not None and any(after[j].word in _CLAUSE_MARKS for j in range(lead, k)):
                    k = None  # de "…, sagte aber, die Partei müsse …": a comma after the cue opens what was said, no speaker
                speaker = self._np_forward(after[k:]) if k is not None else None
            verb = doc.folded[cue.start:cue.end]
            if speaker and verb in self.separable and not {t.word for t in after} & self.separable[verb]:
                speaker = None  # "…, führt das zu Chaos": a separable verb without its particle reports nothing
            if speaker:
                rest = after[_count_until(after, speaker[1]):]
                if after[lead].word in self.pronouns:
                    # "«…», – сказал он толпе, собравшейся …": the listener after a pronoun speaker, like an adjunct
                    k = 0
                    while k < len(rest) and rest[k].is_word and k < self.max_adjunct_words:
                        k += 1
                    rest = rest[k:] if k < len(rest) and not rest[k].is_word else rest
                if (self.parentheticals and len(rest) > 2 and rest[0].word == "," and sum(t.is_word for t in before) <= 3
                        and sum(t.is_word for t in rest) >= 2 and not any(t.word in _QUOTE_MARKS for t in before + rest)):
                    # "La situación, dijo el ministro, sigue siendo grave.": what was said runs around the attribution
                    start = before[0].start
                    return "indirect", speaker, (start, _rstrip(doc.text, start, sent.end)), None
                apposition = self._apposition_forward(doc, rest)
                if apposition:  # (a pronoun takes none: what follows describes its listener)
                    speaker, rest = (speaker if after[lead].word in self.pronouns else (speaker[0], apposition)), []
                # "…, said the minister on Monday." — not "…, said the rule was illegal."
                opens = not rest or not rest[0].is_word or rest[0].word in self.adjunct_openers or not self.adjunct_openers
                # "…, said X, who …" / "…, says X from Y in Denver, where …"
                relative = any(rest[k].word == "," and (rest[k + 1].word in self.relative_openers
                                                        or self._verb_final_relative(rest, k + 1))
                               for k in range(min(len(rest) - 1, self.max_adjunct_words + 1)))
                # "…, dijo un funcionario que pidió el anonimato.": a relative clause right after the speaker
                relative = relative or bool(self.relative_antecedent and rest and rest[0].word in self.relative_openers)
                quote_goes_on = len(rest) > 1 and rest[0].word == "," and rest[1].word in _QUOTE_MARKS  # '"…," said X, "…"'
                # ru/uk «…, — сказал министр, — …»: the dash after the speaker resumes the quotation
                quote_goes_on = quote_goes_on or before[-1].word in ("—", "–", "-") and any(t.word in ("—", "–", "-") for t in rest[:2])
                if opens and (self._clause_ends(rest) or self._participle_follows(rest) or self._free_tail(rest) or relative
                              or quote_goes_on):
                    content = self._content_before(doc, sent, before[:-1])
                    if content:
                        return "indirect", speaker, content, None
        relative = next((k for k in range(min(len(after) - 1, 3 * self.max_adjunct_words)) if after[k].word == ","
                         and after[k + 1].word in self.relative_openers), None) if self.relative_openers else None
        # a quotation closes right before the speaker ('"…," the pope told thousands of people in …')
        q = next((n for n in range(len(before) - 1, max(-1, len(before) - 2 - self.max_speaker), -1)
                  if not before[n].is_word), None)
        quoted = q is not None and before[q].word in _QUOTE_MARKS and q < len(before) - 1
        if not (self._clause_ends(after, quoted) or self._participle_follows(after) or self._free_tail(after)
                or relative is not None and self._clause_ends(after[:relative])):  # '"…," X said to Y, who …'
            return self._parenthetical(doc, sent, before, after) if self.parentheticals else None
        if self.verb_second:
            # "„…“, hat der Minister gesagt." / "„…“, wird der Firmenchef zitiert.": a finite auxiliary right
            # after the comma is the inverted main clause; its subject speaks (a passive one only of a quoting verb)
            c = _clause_open(before, len(before))
            if 2 <= c < len(before) - 1 and before[c - 1].word == "," and before[c].word in self.auxiliaries and (
                    before[c].word not in self.passive_after or doc.folded[cue.start:cue.end] in self.object_speaker_cues):
                speaker = self._np_forward(before[c + 1:])
                content = self._content_before(doc, sent, before[:c - 1]) if speaker else None
                if content:
                    return "indirect", speaker, content, None
            return None  # de: ", SUBJECT VERB." after a comma is a subordinate clause ("…, das sie attraktiver macht")
        if after and after[0].word in self.object_openers:
            return None  # "…, le gouvernement a annoncé un plan": the cue's object follows, nothing before was said
        if after and self.elided_complementizers and after[0].word.startswith(self.elided_complementizers):
            return None  # "S'exprimant à New York, M. X a affirmé qu'il …": what was said follows the cue
        speaker = self._np_backward(before)
        if (speaker is not None and self.relative_antecedent
                and any(t.word in self.relative_speakers for t in before[_count_until(before, speaker[1]):])):
            return None  # "…, X, který řekl …": the relative clause's cue reports what follows it, not what precedes X
        if speaker is None:
            # CONTENT, NAME, APPOSITION, CUE
            found = self._apposition_backward(doc, before)
            if found is None:
                return None
            speaker, k = found
            content = self._content_before(doc, sent, before[:k])
            return ("indirect", speaker, content, None) if content else None
        k = _count_until(before, speaker[0])
        if k == 0:
            # “… !” Russia warns US — the quotation closed the previous sentence
            content = self._quote_just_before(doc, sent.start)
            return ("direct", speaker, content, None) if content else None
        if before[k - 1].word not in _CLOSING:
            return None
        if (self.adjunct_openers and k - 1 <= 6 and (before[0].word in self.adjunct_openers and before[0].word not in self.determiners
                                                     or k > 1 and self._time_only(doc, before[0].start, before[k - 2].end))
                and sum(t.is_word for t in after) >= 2 and not any(t.word in _QUOTE_MARKS for t in before[:k])):
            return None  # "On Monday, the minister said …": an adjunct, what was said follows the cue
        content = self._content_before(doc, sent, before[: k - 1])
        if not content:
            return None
        return "indirect", speaker, content, None

    def _opening_apposition(self, before: list[Tok]) -> bool:
        """'NAME (PARTY), APPOSITION,' opening the sentence: the name a whole noun phrase."""
        commas = [n for n, t in enumerate(before) if t.word == ","]
        if len(commas) != 2 or commas[1] != len(before) - 1 or commas[0] == 0 or commas[1] - commas[0] < 2:
            return False
        name = before[:commas[0]]
        if name[-1].word == ")":
            opening = next((k for k in range(len(name) - 1, -1, -1) if name[k].word == "("), 0)
            name = name[:opening]
        found = self._np_forward(name) if name and name[0].is_word else None
        appo = before[commas[0] + 1:-1]
        if appo and appo[-1].word == ")":  # "Anna Berger (SPD),": the party in brackets closes the name
            appo = appo[:next((k for k in range(len(appo) - 1, -1, -1) if appo[k].word == "("), len(appo))]
        apposition = self._np_forward(appo) if appo else None
        # the apposition is a noun phrase up to the comma ("Many people, including X, argue" yes;
        # "Throughout history, the market has had …, says X" no: a clause, what was said)
        return found is not None and found[1] == name[-1].end and apposition is not None and apposition[1] == appo[-1].end

    def _parenthetical(self, doc, sent, before, after):
        """'The talks, he said, had failed.': what was said runs around the speaker and the cue."""
        m = next((m for m, t in enumerate(after[:5]) if not t.is_word), None)
        if m is None or after[m].word != "," or m and after[0].word not in self.adjunct_openers:
            return None  # ", he said," or ", officials said on Monday,"
        if not any(t.is_word for t in after[m + 1:]):
            return None
        after = after[m:]
        speaker = self._np_backward(before)
        if speaker is None:
            return None
        k = _count_until(before, speaker[0])
        if k < 2 or before[k - 1].word != "," or any(t.word in _QUOTE_MARKS for t in before[:k] + after):
            return None
        start = before[0].start
        end = _rstrip(doc.text, start, sent.end)
        if _word_count(doc.text, after[1].start, end) < 2:
            return None
        return "indirect", speaker, (start, end), None

    def _preposed(self, doc, sent, before, after, cue):
        """SPEAKER CUE [ADDRESSEE] [that] CONTENT."""
        if self.infinitive_suffixes and before and after and before[0].start == sent.start:
            found = self._infinitive_first(doc, before, after, cue)
            if found:
                return found
        if self.inversion_openers:
            found = self._inverted(doc, sent, before, after, cue)
            if found:
                if self.prefield_speaker and found[1] is not None:  # a phrase before the auxiliary is no inversion
                    found = (found[0], self._prefield(doc, sent, before, found[1]), *found[2:])
                return found
        k = len(before)
        while k > 1 and before[k - 1].word in self.cue_prefix_words:
            k -= 1  # "…, and has since called for …": the coordinator before the auxiliary
        if k < len(before) and before[k - 1].word in self.coordinated_subject:
            before = before[:k]
        if self.coordinated_subject and before and before[-1].word in self.coordinated_subject:
            # "Lawrow kritisierte das Gesetz und sagte, …": the subject of the clause speaks
            c = _clause_open(before, len(before) - 1)
            speaker = self._np_forward(before[c:-1])
            if speaker is not None and len(before) - 1 - c > 2 and speaker[1] >= before[-2].end:
                # the phrase ran on over the first verb and its object ("El alcalde visitó la zona y dijo",
                # "Мэр посетил район и сообщил"): a subject never reaches the coordinator
                speaker = self._before_intransitive(before, c, speaker)
            elif speaker is not None and len(before) - 1 - c == 2 and speaker[1] >= before[-2].end:
                speaker = self._before_intransitive(before, c, speaker) or speaker  # "I laughed and said"
            if speaker is None:
                # "X described the plan as ominous, and said …", "X, her rival, criticised the plan and
                # said …": the speaker of an earlier cue in the sentence, else the subject opening it
                speaker = next(((st.speaker.start, st.speaker.end) for st in reversed(doc.statements)
                                if st.sentence == sent.index and st.speaker and st.speaker.end <= cue.start), None)
                if speaker is None:
                    speaker = self._subject(doc, before[:c - 1] if c == len(before) - 1 else before[:-1])
                    if speaker is not None and speaker[1] >= before[-2].end:
                        speaker = self._before_intransitive(before, 0, speaker) or speaker
            if speaker is not None:
                speaker = self._subject_mention(doc, speaker)
            if (speaker is not None and self.verb_suffixes and speaker[0] == before[0].start
                    and _word_count(doc.text, *speaker) == 1 and not doc.mentions_in(*speaker)
                    and doc.folded[speaker[0]:speaker[1]].endswith(self.verb_suffixes)):
                speaker = None  # cs "Počítá daň …, a konstatuje": a verb opens the clause, its subject left out
            if speaker is None or not self._plausible_speaker(doc, speaker):
                # pro-drop: the verbs share a subject left out ("Urazil se …, a prohlásil, že …"): no speaker span
                return self._with_content(doc, sent, None, after, cue) if self.pro_drop and after else None
            return self._reported(doc, sent, speaker, after, cue)
        speaker = self._np_backward(before)
        if speaker is not None and self.prefield_speaker:
            speaker = self._prefield(doc, sent, before, speaker)
        if speaker is not None and self._time_only(doc, *speaker):
            # "A major report in January said …": the time phrase is an adjunct of the speaker before it
            k = _count_until(before, speaker[0])
            speaker = self._np_backward(before[:k - 1]) if k > 1 and before[k - 1].word in self.speaker_stop else None
        elif speaker is not None and self.coordinated_subject:
            k = _count_until(before, speaker[0])
            while k < len(before) - 1 and before[k].word in self.content_time_words and before[k + 1].cap:
                k += 1  # "but on Wednesday Mr Straw said": after the time words a subject of its own
                speaker = (before[k].start, speaker[1])
            if k > 1 and before[k - 1].word in self.adjunct_openers and before[k - 2].word in self.coordinated_subject:
                # "The unions protested and on several occasions have called for …": an adjunct after
                # the coordinator; the subject of the sentence speaks
                speaker = next(((st.speaker.start, st.speaker.end) for st in reversed(doc.statements)
                                if st.sentence == sent.index and st.speaker and st.speaker.end <= cue.start), None) \
                    or (self._np_forward(before[:k - 2]) if before[0].word in self.determiners else self._subject(doc, before[:k - 2]))
        if speaker is None:
            k = len(before)
            while k and (before[k - 1].word in self.skip_before_cue or self._adverb(before, k - 1)):
                k -= 1  # "X, which …, have argued": auxiliaries between the apposition and the cue
            speaker = self._apposition_speaker(before[:k])
        if speaker is None and self.prefield_speaker and before:
            speaker = self._prefield(doc, sent, before, None)  # "Der Befehlshaber im Irak, General X, sagte"
        return self._reported(doc, sent, speaker, after, cue)

    def _prefield(self, doc: Doc, sent: Sentence, before: list[Tok], speaker):
        """Verb-second main clause (de): the one phrase before the finite verb (the cue, or the auxiliary of a
        participle cue) is the subject, with its attributes and an apposition of names ("Die Provinzregierung in
        Helmand teilte mit", "Das Ministerium in Berlin hat erklärt", "Der Befehlshaber im Irak, General X, sagte")."""
        if not before:
            return speaker
        fin = next((n for n, t in enumerate(before) if t.word in self.auxiliaries), len(before))
        head = before[:fin]
        if fin == len(before):
            if speaker is not None and speaker[1] != before[-1].end:
                return speaker  # words between the phrase and the cue ("sagte" is not its finite verb)
        elif any((t.word in self.determiners and t.word not in self.object_determiners) or t.word in self.pronouns
                 for t in before[fin + 1:]):
            return speaker  # "… hat der Minister erklärt": the subject stands after the auxiliary (not "… hat den Konzern …")
        if len(head) < 2 or len(head) > self.max_speaker + 5 or speaker is not None and speaker[0] < head[0].start:
            return speaker
        first = head[0]
        if doc.text[sent.start:first.start].strip(" \"„“«»") or not (first.cap or first.word in self.determiners) or (
                first.word in self.speaker_stop or first.word in self.pronouns or first.word in self.inversion_openers
                and not (first.word in self.determiners and head[1].cap)):
            return speaker  # an adverbial opens the clause ("In Berlin sagte …", "Das sagte …"), or a clause does
        commas = [n for n, t in enumerate(head) if t.word == ","]
        if commas:
            if len(commas) != 2 or commas[1] != len(head) - 1 or not all(
                    t.cap or t.word in self.determiners for t in head[commas[0] + 1:commas[1]]):
                return speaker  # only "NP, NAME OR TITLE, CUE"; a relative clause or a list stays as it was
            head = head[:-1]
        elif speaker is None:
            return None
        if not all(t.is_word and t.word not in self.cue_words and t.word not in self.complementizers and (
                t.word not in self.speaker_stop or t.word in self.inversion_openers) for t in head[1:] if t.word != ","):
            return speaker  # a verb or a clause word ("habe", "nicht", "dass") inside: no single phrase
        return first.start, head[-1].end

    def _reported(self, doc, sent, speaker, after, cue):
        """SPEAKER CUE [ADDRESSEE] [that] CONTENT, the speaker found: what follows the cue."""
        if speaker is None or not after:
            return None
        return self._with_content(doc, sent, speaker, after, cue)

    def _with_content(self, doc, sent, speaker, after, cue):
        """The statement with what follows the cue as content (and addressee); speaker None: none named."""
        found = self._object(doc, sent, after, cue)
        if found is None:
            return None
        content, addressee = found
        return _kind(doc.text, content[0]), speaker, content, addressee

    def _inverted(self, doc, sent, before, after, cue):
        """Verb-second clauses: [VORFELD] FINITE-VERB [SUBJECT] … [PARTICIPLE] [,|that] CONTENT.

        "Am Montag sagte der Minister, …" / "Nachdem …, sagte der Minister, …": an adverbial or a
        subordinate clause in first position puts the speaker after the cue. "Rice hatte … erklärt,"
        / "Am Montag hat der Minister erklärt,": with an auxiliary, the speaker stands before it,
        or right after it when an adverbial comes first."""
        c = _clause_open(before, len(before))
        while self.quoted_names and 1 < c and before[c - 1].word in _QUOTE_MARKS:
            # "In der „Süddeutschen Zeitung“ schreibt der Minister": a quoted name inside the clause does not end it
            k = next((k for k in range(c - 2, max(-1, c - 8), -1) if before[k].word in _QUOTE_MARKS), None)
            if k is None or k == 0 or k == c - 2 or not before[k + 1].cap or not all(t.is_word for t in before[k + 1:c - 1]):
                break
            c = _clause_open(before, k)
        clause = before[c:]
        aux = next((n for n, t in enumerate(clause) if t.word in self.auxiliaries), None) if self.auxiliaries else None
        if aux is not None and aux > 0:
            if self._opens_inversion(clause, aux):
                speaker = self._np_forward(clause[aux + 1:])
            else:
                speaker = self._np_backward(clause[:aux])
        elif clause:
            if not self._opens_inversion(clause, len(clause)):
                return None
            speaker = self._np_forward(self._past_particles(after))
        else:
            if c > 0 and before[-1].word in _QUOTE_MARKS:
                return None
            if c > 0:  # the clause before the comma must be a subordinate one ("Nachdem …, sagte X")
                c2 = _clause_open(before, c - 1)
                if c2 >= c - 1 or before[c2].word not in self.inversion_openers:
                    return None
            speaker = self._np_forward(self._past_particles(after))
        if speaker is None or not self._plausible_speaker(doc, speaker):
            return None
        addressee = None
        if speaker[0] > cue.start:
            speaker, addressee = _split_addressee(doc, speaker)
            if addressee is None:
                speaker = self._comma_apposition(after, speaker)  # "sagte Anna Berg, Sprecherin der Polizei, …"
        rest = after if speaker[1] <= cue.start else after[_count_until(after, addressee[1] if addressee else speaker[1]):]
        if len(rest) > 2 and rest[0].word == "," and self._verb_final_relative(rest, 1):
            # "sagte Schulz, dessen Behörde ermittelt, die Straße …": the relative clause is no part of what was said
            k = next((k for k in range(2, len(rest)) if rest[k].word == ","), None)
            if k is not None:
                rest = rest[k:]
        if len(rest) > 2 and rest[0].word == "," and rest[1].word in self.separable.get(doc.folded[cue.start:cue.end], ()):
            rest = rest[1:]  # "teilte Schulz, der Leiter der Behörde, mit, dass …": the apposition's comma, then the particle
        found = self._object(doc, sent, rest, cue)
        if found is None and len(clause) == 1 and clause[0].word in self.anaphoric and sent.index > 0:
            # "Das teilte die Polizei mit.": what was said is the sentence before
            if not any(t.word in _BOUNDARY or t.word in _QUOTE_MARKS for t in rest):
                prev = doc.sentences[sent.index - 1]
                c0, c1 = strip_span(doc.text, prev.start, prev.end)
                c1 = _rstrip(doc.text, c0, c1)
                if _word_count(doc.text, c0, c1) >= 3:
                    return "indirect", speaker, (c0, c1), None
        if found is None:
            return None
        content, object_addressee = found
        return _kind(doc.text, content[0]), speaker, content, addressee or object_addressee

    def _past_particles(self, after: list[Tok]) -> list[Tok]:
        """The words after an inverted cue from its subject on: `skip_after_cue` particles ("sagte auch der Minister") skipped."""
        lead = 0
        while lead < len(after) - 1 and after[lead].word in self.skip_after_cue:
            lead += 1
        return after[lead:]

    def _opens_inversion(self, clause, verb_at: int) -> bool:
        """Whether the clause's first word puts the subject after the finite verb at `verb_at`.
        An anaphoric pronoun does so only alone ("Das sagte der Minister"); followed by more words
        it is an article ("Das russische Außenministerium warnte Japan": the subject comes first)."""
        first = clause[0].word
        if verb_at == 1 and self.inversion_suffixes and first.endswith(self.inversion_suffixes) and first not in self.pronouns:
            return True  # "Unmissverständlich sagt das Gericht, …", "Erstmals erklärte die Regierung, …": an adverb alone first
        return first in self.inversion_openers and (first not in self.anaphoric or verb_at == 1)

    def _plausible_speaker(self, doc: Doc, speaker: tuple[int, int]) -> bool:
        """A speaker phrase opens with a capitalised word, a determiner or a pronoun."""
        first = doc.text[speaker[0]:speaker[1]].split()[0]
        word = fold(first)
        return first[:1].isupper() or word in self.determiners or word in self.pronouns

    def _object(self, doc, sent, after, cue):
        """What follows the cue: [ADDRESSEE] [that] CONTENT, or the next sentence after 'CUE:'."""
        addressee = None
        start_tok = None
        about = False  # what follows an addressee preposition ("warnte vor Krieg"): one word is enough
        quoted_end = -1  # the closing mark of a quoted name between the cue and what was said
        cue_text = doc.folded[cue.start:cue.end]
        weak = cue_text in self.weak_cues or cue_text.rsplit(" ", 1)[-1] in self.weak_cues  # "a annoncé"
        verb = doc.folded[cue.start:cue.end]
        addressee_cue = verb in self.addressee_cues or bool(self.addressee_stems) and verb.startswith(self.addressee_stems)
        infinitive = self._infinitive_at(after) if self.infinitive_markers else None
        bare = self._bare_infinitive_at(after) if addressee_cue and infinitive is None and self.infinitive_suffixes else None
        if bare is not None:
            # "призвал НАТО прекратить поставки": a bare infinitive after the party urged opens the content
            start_tok, weak, addressee = bare, False, (after[0].start, after[bare - 1].end) if bare else None
        elif infinitive is not None and (addressee_cue or verb in self.infinitive_cues):
            # "wants to leave", "urged Japan to withdraw", "expects the bank to raise rates": the
            # infinitive with its subject is what was said (the party told stays the addressee)
            start_tok, weak = 0, False
            if addressee_cue:  # the party urged is the addressee; what it was urged to do, the content
                start_tok = infinitive + 1
                addressee = (after[0].start, after[infinitive - 1].end) if infinitive > 0 else None
        elif verb in self.infinitive_cues:
            weak = True  # "wants a new stadium", "plans for the weekend": no report without "to" or "that"
        elif infinitive == 0 and not addressee_cue and len(after) > 1 and after[1].word in self.raising_verbs:
            return None  # "(was) believed to be", "said to have": a raising passive, no report
        listener = addressee_cue and len(after) > 3 and (after[0].word in self.listeners or after[0].word in self.object_pronouns)
        if start_tok is None and len(after) > 3 and (after[0].word in self.adjunct_openers and after[0].word in self.speaker_stop
                                                     or listener):
            # "said during a rally in Fort Smith, Ark., that …", "told reporters at a briefing in Geneva on Monday
            # that …": the adjunct phrase, however long, is no part of what was said; 'that' after a word (not
            # "during that visit") opens the content
            for n in range(2, min(len(after) - 1, 20)):
                tok = after[n]
                if not tok.is_word and tok.word not in (",", ".") or tok.word in self.cue_words:
                    break
                if tok.word in self.complementizers and (after[n - 1].is_word or after[n - 1].word == ",") \
                        and after[n - 1].word not in self.speaker_stop and n > self.max_addressee:
                    start_tok = n
                    if listener:
                        addressee = (after[0].start, after[0].end)
                    break
        for n, tok in enumerate(after[: self.max_addressee + 4] if start_tok is None else ()):
            if tok.word in self.question_openers and verb in self.question_cues and (n == 0 or addressee_cue and n <= self.max_addressee and all(
                    t.is_word and t.word not in self.cue_words and t.word not in self.speaker_stop for t in after[:n])) and n + 2 < len(after) \
                    and after[n + 1].word not in self.infinitive_markers:  # (not "explained how to apply")
                # "asked whether the deal …", "asked the mayor why …", "the survey shows what voters fear": an
                # indirect question is what was said; the words before it are the one asked (not "revealed the way
                # in which …": a relative clause)
                start_tok, weak = n, False
                if n > 0 and addressee_cue:
                    addressee = self._addressee_before(after, n)
                break
            if addressee_cue and n == 0 and tok.word in self.addressee_prepositions and len(after) > 2:
                start_tok, about = 1, True  # "drohte mit …", "varoval před …": what the warning is about, no addressee
                break
            if addressee_cue and 0 < n <= self.max_addressee and tok.word in self.addressee_prepositions and all(
                    t.is_word and (t.word not in self.speaker_stop or k == 0 and t.word in self.addressee_markers)
                    for k, t in enumerate(after[:n])) and n + 1 < len(after):
                # "warned Japan against deploying …", "предупредил Европу о …": the party warned, then what about
                addressee = (after[0].start, after[n - 1].end)
                start_tok, about = n + 1, True
                if (n + 3 < len(after) and after[n + 1].word in self.correlatives and after[n + 2].word == ","
                        and after[n + 3].word in self.complementizers):
                    start_tok = n + 3  # "обвинил его в том, что …": the clause the correlative stands for
                break
            if tok.word in self.complementizers or self.elided_complementizers and tok.word.startswith(self.elided_complementizers):
                if 0 < n and after[n - 1].word in self.speaker_coordinators:
                    if n == 1:
                        return None  # "what she says and what she does": the cue ends its own clause
                    start_tok = 0  # "said witnesses saw a gun and that one was found": a second clause of the content
                    break
                # "afirmó el martes en Bruselas que …": a determiner and a time word open a time adjunct
                timed = n > 1 and after[0].word in self.determiners and after[1].word in self.content_time_words
                if n > 0 and not addressee_cue and after[0].word in self.determiners and after[0].word not in self.complementizers and not timed:
                    break  # "called for the repeal of the law that X …": 'that' opens a relative clause of the object
                if (self.object_before_complementizer and n > 0 and not addressee_cue and not self._adjunct_opens(after[0])
                        and not after[0].cap and all(t.is_word for t in after[:n]) and not self._adverb(after, n - 1)
                        and after[n - 1].word not in self.content_time_words and after[n - 1].word not in self.skip_before_cue):
                    break  # "demanded binding guarantees that NATO …": a noun before 'that' is the object, its clause no report
                if n <= self.max_addressee:
                    if n > 0 and all(t.is_word for t in after[:n]) and not timed and (
                            not self._adjunct_opens(after[0])
                            or addressee_cue and n > 1 and after[0].word in self.addressee_markers) \
                            and not self._adverb(after, n - 1):  # "argued convincingly that": an adverb, no addressee
                        # (an addressee cue's marker opens the addressee: es "advirtió **a** Japón que no …")
                        addressee = self._addressee_before(after, n)
                    start_tok = n
                break
            if tok.word == ":":
                start_tok = n + 1
                break
            if tok.word == ",":
                # 'said, "…"' / 'said on Tuesday, "…"'; a later comma belongs to the content
                if n == 0 and not weak or self.comma_opens_content and not weak or n + 1 < len(after) and (
                        after[n + 1].word in _QUOTE_MARKS or after[n + 1].word in self.complementizers) or (
                        weak and (n == 0 or n <= 3 and after[0].word in self.determiners and all(t.is_word for t in after[:n]))
                        and n + 2 < len(after) and not (after[n + 1].word in self.verb_final_relatives and not after[n + 2].cap)
                        and self.free_indirect and any(
                            t.word in self.free_indirect for t in itertools.takewhile(
                                lambda t: t.word not in _CLAUSE_MARKS, after[n + 1:n + 12]))):
                    # (a weak cue too, before a clause in a reported-speech form: "meldete, der Brand sei gelöscht",
                    # "erzählte der Zeitung, die Polizei habe …")
                    start_tok = n + 1
                    if 0 < n <= self.max_addressee and addressee_cue and all(t.is_word for t in after[:n]) and (
                            n + 1 < len(after) and after[n + 1].word in self.complementizers):
                        addressee = (after[0].start, after[n - 1].end)  # "figyelmeztette Ukrajnát, hogy"
                break
            if tok.word in _QUOTE_MARKS:
                if n == 0:
                    start_tok = n
                elif n == quoted_end:
                    continue
                elif self.quoted_names and (close := next((k for k in range(n + 1, min(len(after), n + 7))
                                                            if after[k].word in _QUOTE_MARKS), None)) is not None and all(
                        t.is_word for t in after[n + 1:close]) and close > n + 1 and after[n + 1].cap:
                    quoted_end = close
                    continue  # "sagte dem „Tagesspiegel“, …": a quoted name among the listeners
                break
            if n > 0 and tok.word in self.cue_words and tok.word not in self.complementizers and not (
                    after[n - 1].word in self.determiners or n > 1 and after[n - 2].word in self.determiners and after[n - 1].is_word):
                # "criticised the plan and said he thought that …": a later cue's complement is not this one's
                break  # (not "told a morning show that …": after a determiner the word is a noun)
        if self.separable or self.separable_not:
            verb = doc.folded[cue.start:cue.end]
            if self.preposition_particles and verb in self.separable and self.separable[verb] & self.preposition_particles:
                # a preposition as the particle opens what was said, after an adjunct or the inverted subject
                # ("sprach in seiner Rede von einem Erfolg", "sprach der Präsident von einer Katastrophe"); not
                # after a partner ("sprach mit dem Chef von Siemens")
                k = next((k for k, t in enumerate(after[:self.max_adjunct_words]) if not t.is_word
                          or t.word in self.preposition_particles or t.word in self.preposition_blockers), None)
                if k is None or k + 1 >= len(after) or after[k].word not in self.preposition_particles:
                    return None
                if k > 0 and not (after[0].word in self.adjunct_prepositions or after[0].word in self.skip_after_cue
                                  or after[0].word in self.skip_before_cue and after[0].word not in self.determiners):
                    return None  # "Nach dem Treffen sprach der Präsident von …": the subject stands after the cue
                j = next((j for j in range(k + 1, len(after)) if after[j].word in (",", ";", ":")), None)
                end = after[j - 1].end if j is not None and j > k + 1 else self._content_end(doc, sent, after[k + 1].start)
                end = self._quote_extended_end(doc, after[k + 1].start, end)
                return ((after[k + 1].start, _rstrip(doc.text, after[k + 1].start, end)), None) if end > after[k + 1].start else None
            between = {t.word for t in after[:start_tok or 0]}
            if verb in self.separable and not between & self.separable[verb] and not (
                    start_tok == 1 and after[0].word == ":" and len(after) > 1 and after[1].word in _QUOTE_MARKS):
                # (a colon and a quotation right after the verb report without the particle: "rief: „…“")
                if start_tok is None and verb in self.object_cues:
                    # "warf der Regierung Versagen vor.": the particle closes the clause, what stands between was said
                    k = next((k for k, t in enumerate(after) if t.word in self.separable[verb]
                              and (k + 1 == len(after) or not after[k + 1].is_word)), None)
                    if k is not None and k >= 2 and all(t.is_word or t.word in _QUOTE_MARKS for t in after[:k]):
                        return (after[0].start, after[k - 1].end), None
                return None
            if verb in self.separable_not and between & self.separable_not[verb]:
                return None
        if start_tok is None and weak and after and after[0].word in self.nominative_pronouns:
            weak = False  # "argue they trivialize …": a subject pronoun right after the cue opens a clause
        if start_tok is None and weak and self.clause_verbs:
            for n, tok in enumerate(after[: self.max_addressee + 3]):
                if not tok.is_word or tok.word in self.complementizers or tok.word in self.relative_openers:
                    break
                if n > 0 and tok.word in self.clause_verbs:
                    weak = False  # "has shown the tumour is growing": a clause without "that"
                    break
                if (0 < n <= 3 and verb in self.small_clause_cues and tok.word.endswith(self.participle_suffixes)
                        and all(t.cap or t.word in self.object_pronouns for t in after[:n])):
                    weak = False  # "the poll shows Clinton leading by three points": a name and its participle
                    break
                if tok.word in self.subordinators:
                    break  # "asked her if she …": a subordinate clause, not what was said
        if (weak and start_tok is not None and start_tok < len(after) - 1 and after[start_tok].word in self.complementizers
                and after[start_tok + 1].word in self.clause_verbs):
            return None  # "states that would be hurt": a relative clause after a noun, no report
        if start_tok is None:
            verb = doc.folded[cue.start:cue.end]
            if self.content_needs_opener and verb not in self.object_cues or weak:
                return None  # "the police found a body": no report without "that"
            start_tok = 0
            if (verb in self.object_cues and len(after) > 4 and after[0].word in self.determiners
                    and after[1].word in self.content_time_words and after[1].word in self.skip_after_cue and (after[2].word in self.determiners or after[2].word in self.speaker_stop
                                                                       or after[2].word in self.skip_before_cue)):
                start_tok = 2  # es "valoró el lunes de manera positiva …", "criticó el martes la decisión": a time phrase, then the object
            while start_tok + 2 < len(after) and after[start_tok].word in self.content_time_words:
                start_tok += 1  # "said on Monday it had …": the time of the saying is no part of what was said
            while start_tok > 0 and after[start_tok - 1].word in self.determiners:
                start_tok -= 1  # "said this is …": a time phrase ends in its noun, not in "this"
            if (addressee_cue and addressee is None and self.listeners and start_tok + 2 < len(after)
                    and (after[start_tok].cap or after[start_tok].word in self.object_pronouns or after[start_tok].word in self.listeners)
                    and (after[start_tok + 1].word in self.determiners or after[start_tok + 1].word in self.nominative_pronouns
                         or after[start_tok + 1].word in self.clause_subjects)):
                # "told MPs the deployment would …", "told him they …": one listener, then the clause
                addressee = (after[start_tok].start, after[start_tok].end)
                start_tok += 1
        if start_tok < len(after) and after[start_tok].word in self.coordinated_subject:
            return None  # "protested and on several occasions called for …": the cue ends its clause
        if start_tok >= len(after):
            if after and after[-1].word == ":":
                content = self._next_sentence_content(doc, sent)
                return (content, None) if content else None
            return None
        cstart = after[start_tok].start
        cend = self._quote_extended_end(doc, cstart, sent.end)
        if cend <= sent.end and self.according_markers:
            # "… que X, según un comunicado": a trailing according-to phrase is no part of what was said
            for n in range(start_tok + 2, len(after) - 1):
                if after[n].word == "," and doc.folded.startswith(self.according_markers, after[n + 1].start):
                    cend = after[n].start
                    break
        if cend <= sent.end:
            # "X threatened to …, the president said." — the closing attribution is not content
            for n in range(len(after) - 2, max(start_tok, len(after) - 16), -1):
                if after[n].word == "," and any(t.word in self.cue_words for t in after[n + 1:n + 2 + self.max_speaker]):
                    k = next(k for k in range(n + 1, len(after)) if after[k].word in self.cue_words or k == len(after) - 1)
                    if after[k].word in self.cue_words and self._clause_ends(after[k + 1:]):
                        cend = min(cend, after[n].start)
                        break
        if cend <= sent.end:
            cend = self._next_report_start(doc, sent, after, start_tok, cend)
        cstart, cend = strip_span(doc.text, cstart, cend, " \t\r\n,;:")
        cend = _rstrip(doc.text, cstart, cend)
        if _words_between(after, cstart, cend) < (1 if about else 2) and cend <= sent.end:
            return None
        return (cstart, cend), addressee

    def _subject_mention(self, doc: Doc, speaker: tuple[int, int]) -> tuple[int, int]:
        """A subject found without a parse, fitted to the actor named at its start: "Russia's" → "Russia's army"
        (a possessive names no one alone); "The Russian army shelled Kyiv" → "The Russian army" (a past-tense
        word right after the actor is the verb)."""
        s0, s1 = speaker
        first = next((m for m in doc.mentions_in(s0, s0 + 200) if m.start - s0 <= 4), None)
        if first is None:
            return speaker
        folded = doc.folded[s0:s1]
        if folded.endswith(_POSSESSIVE) and first.end > s1:
            return s0, first.end
        if s1 > first.end:
            nxt = re.match(r"\s+(\w+)", doc.text[first.end:s1])
            if nxt and nxt.group(1).islower() and self.past_participle_suffixes and nxt.group(1).endswith(self.past_participle_suffixes):
                return s0, first.end
        return speaker

    def _addressee_before(self, after: list[Tok], n: int) -> tuple[int, int]:
        """The party told, the words after the cue up to `n`, without a closing time adjunct
        ("warned Washington on Monday that …" → "Washington")."""
        k = n
        while k > 1 and after[k - 1].word in self.content_time_words:
            k -= 1
        return after[0].start, after[k - 1].end

    def _next_report_start(self, doc: Doc, sent: Sentence, after: list[Tok], start_tok: int, cend: int) -> int:
        """The content ends where the same speaker goes on to a second report: '…, adding that …',
        '… and said that …' (a participle cue after a comma, or a cue joined by a coordinating
        conjunction with no subject of its own); not inside a quotation."""
        for n in range(start_tok + 2, len(after) - 1):
            tok, nxt = after[n], after[n + 1]
            if tok.start >= cend:
                break
            if tok.word in self.coordinated_subject and nxt.word in self.cue_prefix_words:
                k = n + 1
                while k + 1 < len(after) and after[k].word in self.cue_prefix_words:
                    k += 1  # "…, and has since called for …": the auxiliaries of the second cue
                nxt = after[k]
            if tok.word == "," and n + 2 < len(after) and after[n + 2].word in self.participles and (
                    self._participle_adverb(after, n + 1)):
                nxt = after[n + 2]  # "…, even suggesting …": an adverb before the participle
            if (tok.word == "," and nxt.word in self.participles
                    or tok.word in self.coordinated_subject and nxt.word in self.cue_words
                    and nxt.word not in self.weak_cues and nxt.word not in self.participles):
                if not self._inside_quote(doc, sent, tok.start):
                    return tok.start
        return cend

    def _infinitive_at(self, after: list[Tok]) -> int | None:
        """Index of the infinitive marker after the cue ("to leave", "the council to approve"),
        with at most a short object before it and a verb-like word (not a determiner or a name) after."""
        for n, tok in enumerate(after[: self.max_addressee + 1]):
            if n == 0 and tok.word in self.addressee_markers:
                continue  # es "instó a la OTAN a enviar …": the first "a" marks the party urged
            if tok.word in self.infinitive_markers:
                nxt = after[n + 1] if n + 1 < len(after) else None
                if nxt is None or not nxt.is_word or nxt.cap and not tok.cap or nxt.word in self.determiners or n + 2 >= len(after):
                    return None  # (a capitalised "To" marks a headline in title case: "Senator Vows To Block …")
                return n
            if not tok.is_word or tok.word in self.speaker_stop or tok.word in self.complementizers:
                return None
        return None

    def _infinitive_first(self, doc, before, after, cue):
        """ru/uk object first: "Прекратить огонь призвал генсек ООН", "Надати Україні літаки закликала Мецола" — the
        infinitive phrase opening the sentence is what the party was urged to do, the speaker follows the cue."""
        verb = doc.folded[cue.start:cue.end]
        first = before[0]
        if not (verb in self.addressee_cues or self.addressee_stems and verb.startswith(self.addressee_stems)):
            return None
        if len(first.word) <= 4 or not first.word.endswith(self.infinitive_suffixes) or not all(t.is_word for t in before):
            return None
        speaker = self._np_forward(after)
        if speaker is None or not (after[0].cap or after[0].word in self.determiners or doc.mentions_in(*speaker)):
            return None  # (a role in lower case names its organisation: "генеральный секретарь ООН")
        return "indirect", speaker, (first.start, before[-1].end), None

    def _bare_infinitive_at(self, after: list[Tok]) -> int | None:
        """Index of a bare infinitive (`infinitive_suffixes`, languages without an infinitive marker)
        after a short object of an addressee cue: "призвал Запад прекратить …", "закликав НАТО посилити …"."""
        for n, tok in enumerate(after[: self.max_addressee + 1]):
            if not tok.is_word or tok.word in self.speaker_stop or tok.word in self.complementizers:
                return None
            if not tok.cap and len(tok.word) > 4 and tok.word.endswith(self.infinitive_suffixes):
                # (also right after the cue: "пригрозил закрыть границы", "призвал прекратить огонь")
                return n if n + 1 < len(after) else None
        return None

    def _next_sentence_content(self, doc: Doc, sent: Sentence) -> tuple[int, int] | None:
        """'X said:' ends the sentence: the quotation or sentence that follows is what was said."""
        if sent.index + 1 >= len(doc.sentences):
            return None
        nxt = doc.sentences[sent.index + 1]
        start, end = nxt.start, nxt.end
        if doc.text[start] in _QUOTE_MARKS:
            end = self._quote_extended_end(doc, start, end)
        start, end = strip_span(doc.text, start, end, " \t\r\n")
        end = _rstrip(doc.text, start, end)
        return (start, end) if _word_count(doc.text, start, end) >= 2 else None

    def _participle(self, doc, sent, before, after, cue):
        """MAIN CLAUSE, PARTICIPLE [that] CONTENT: the subject of the main clause speaks."""
        speaker = None
        for st in reversed(doc.statements):
            if st.sentence != sent.index:
                break
            if st.speaker and st.speaker.end <= cue.start:
                speaker = (st.speaker.start, st.speaker.end)
                break
        if speaker is None:
            speaker = self._subject(doc, before)
        return self._reported(doc, sent, speaker, after, cue)

    def _opening_participle(self, doc, sent, after):
        """PARTICIPLE CONTENT, SUBJECT VERB …: a participle cue opening the sentence reports what follows it up to
        the comma; the subject of the main clause speaks ("Citing security concerns, the ministry closed the border")."""
        c = next((n for n, t in enumerate(after[:30]) if t.word == "," or t.word in _QUOTE_MARKS or t.word in (";", ":")), None)
        if c is None or c < 2 or after[c].word != "," or c + 2 >= len(after):
            return None
        speaker = self._subject(doc, after[c + 1:])
        if speaker is None:
            return None
        content = (after[0].start, after[c - 1].end)
        return ("indirect", speaker, content, None) if _word_count(doc.text, *content) >= 2 else None

    def _before_intransitive(self, before: list[Tok], c: int, speaker: tuple[int, int]) -> tuple[int, int] | None:
        """'The mayor smiled and said …', 'I laughed and said …': a phrase that reaches the coordinator ends
        in the first verb when its last word is a lower-case word right after the noun phrase; the words
        before it speak (not 'visited the camp and said': there the verb has an object)."""
        k = len(before) - 2  # the word before the coordinator
        if before[k].word in self.verb_particles and k - 1 > c and not before[k - 1].cap:
            k -= 1  # "hit back", "stepped down": the verb before its particle
        if k - 1 < c or before[k].cap or not before[k].is_word or before[k - 1].word in self.determiners \
                or not (before[k - 1].cap or before[k - 1].word in self.nominative_pronouns or k - 2 == c
                        and before[c].word in self.determiners):
            return None
        return speaker[0], before[k - 1].end

    def _subject(self, doc: Doc, before: list[Tok]) -> tuple[int, int] | None:
        """The subject that opens the clause: a pronoun or a capitalised name ("Trump attacked …")."""
        i = 0
        head = next((n for n, t in enumerate(before[:8]) if t.word == ","), -1)
        opening_adjunct = bool(before) and (before[0].word in self.speaker_stop or before[0].word in self.subordinators
                                            or before[0].cap and before[0].word.endswith(self.past_participle_suffixes))
        if head == -1 and opening_adjunct and self.long_opening_adjuncts:
            # "During a rally in Ohio on Monday, Trump attacked …", "Chastened by the polls, Trump revised …": a long
            # adjunct phrase or clause opens the sentence; the subject follows its comma
            head = next((n for n, t in enumerate(before[:self.max_speaker * 3]) if t.word == ","), -1)
        if head != -1 and (opening_adjunct or self._adverb(before, 0) and head <= 2
                           or before[0].word in self.sentence_adverbs or self._time_only(doc, before[0].start, before[head - 1].end)):
            i = head + 1  # "On Monday, Trump attacked …", "Meanwhile, the paper attacked …", "Last week, …"
        if i >= len(before) - 1:
            return None
        if before[i].word in self.pronouns:
            return before[i].start, before[i].end
        if (before[i].word in self.determiners or before[i].word in self.clause_subjects or before[i].word in self.quantifiers) and (
                before[i].word not in self.complementizers and self.determiner_ends_np):
            # "The governor opened the meeting by saying …", "several groups granted an extension, saying …"
            np = self._np_forward(before[i:])
            if np and self.past_verbs:
                for k in range(i + 2, len(before)):
                    t = before[k]
                    nxt = before[k + 1] if k + 1 < len(before) else None
                    if t.start >= np[1]:
                        break
                    if t.is_word and not t.cap and (t.word in self.past_verbs or t.word in self.clause_verbs or (
                            t.word.endswith(self.past_participle_suffixes) and (nxt is None or nxt.cap or not nxt.is_word
                            or nxt.word in self.determiners or nxt.word in self.speaker_stop or nxt.word in self.verb_particles))):
                        # "The senator spoke at a rally, promising …", "The senator visited Ohio, saying …"
                        return np[0], before[k - 1].end
            return np
        if before[i].word in self.determiners and before[i].word not in self.complementizers and i + 2 < len(before):
            # without determiner_ends_np the phrase would run over the verb: the determiner, its noun and
            # the names after it ("La ministra criticó …", "A polgármester felkereste …", "El presidente Petro visitó …")
            j = i + 2
            while j < len(before) and j - i < 6 and before[j].is_word and doc.text[before[j].start].isupper():
                j += 1
            return (before[i].start, before[j - 1].end) if before[i + 1].is_word else None
        text = doc.text
        j = i
        while j < len(before) and j - i < 6 and (before[j].is_word and text[before[j].start].isupper() or before[j].word == "."
                                                  and j + 1 < len(before) and before[j + 1].cap and j > i):
            j += 1  # "Mr. Schultz", "Jane N. Doe"
        if j == i or j >= len(before) or text[before[j].start].isupper():
            return None
        if before[j].word == ",":
            # "Donald Trump, her rival, bemoaned …": a name, its apposition, then the verb
            k = next((k for k in range(j + 1, min(len(before), j + 2 + self.max_speaker)) if before[k].word == ","), None)
            if (k is None or k + 1 >= len(before) or not before[k + 1].is_word or before[k + 1].cap
                    or not all(t.is_word or t.word in ".-'’" for t in before[j + 1:k])):
                return None
            return before[i].start, before[k - 1].end
        if not before[j].is_word:
            return None
        return before[i].start, before[j - 1].end

    def _verb_final(self, doc, sent, toks, cue):
        """SPEAKER は/が … CONTENT と CUE (Japanese)."""
        text = doc.text
        head = text[sent.start:cue.start]
        marker_at = -1
        for marker in self.speaker_markers:  # in order of preference (ja は before が)
            at = head.find(marker)
            while at > 0 and (head[at - 1] in self.marker_not_after or doc.quote_containing(sent.start + at)
                              or not head[at - 1].isalnum()):
                at = head.find(marker, at + 1)
            if at > 0:
                marker_at = at
                break
        if self.cue_drop_prefix and not text.startswith(self.cue_drop_prefix, cue.start):
            # a bare verb ("述べた" with no と): only "「…」と、SPEAKER は CUE" reports, the speaker after the quotative
            return self._verb_final_postposed(doc, sent, cue, marker_at) if marker_at > 0 else None
        if text[cue.start] != "と":
            # an object cue ("関与を否定した"): only a predicate that ends its clause reports; a verb
            # before a noun is a relative clause ("慰安婦問題を訴えるポスター", "店主を非難する声")
            j = cue.end
            while j < sent.end and "\u3041" <= text[j] <= "\u309f":
                j += 1
            if j < sent.end and text[j] not in "。、，,」』）)!?！？\n":
                return None
        if marker_at <= 0:
            if not self.pro_drop:
                return None
            # "「…」と述べた。" / "…と付け加えた。" with the subject left out: the speaker is the latest person speaking
            close = cue.start - 1
            q = doc.quote_containing(close) if close >= sent.start and text[close] in _QUOTE_MARKS else None
            content = strip_span(text, *((q[0] + 1, q[1]) if q else (sent.start, cue.start)))
            if content[1] - content[0] < 6:
                return None
            return _kind(text, cue.start - 1), None, content, None
        s_start = sent.start
        for sep in "、，,「」『』“”":
            cut = head.rfind(sep, 0, marker_at)
            if cut != -1:
                s_start = max(s_start, sent.start + cut + 1)
        if self.continua:
            whole = s_start
            s_start = self._continua_right_part(doc.folded, whole, sent.start + marker_at, doc)
            cop = next((c for c in self.apposition_copulas if doc.folded.startswith(c, s_start - len(c))), None)
            if cop is not None and s_start - len(cop) > whole:
                # ja "外務省の報道官である田中氏は": the apposition before the copula names the speaker too
                s_start = self._continua_right_part(doc.folded, whole, s_start - len(cop), doc)
        speaker = strip_span(text, s_start, sent.start + marker_at)
        if speaker[1] - speaker[0] > self.max_speaker_chars:
            return None
        close = cue.start - 1
        if close >= sent.start and text[close] in _QUOTE_MARKS:
            q = doc.quote_containing(close)
            content = (q[0] + 1, q[1]) if q else (sent.start + marker_at + 1, close)
        else:
            content = (sent.start + marker_at + len(self.speaker_markers[0]), cue.start)
        content = strip_span(text, *content)
        addressee, content = self._lead_segments(text, content)
        if self.content_clause_breaks and text[cue.start - 1] not in _QUOTE_MARKS:
            speaker, content = self._after_clause_break(doc, speaker, content)
        if speaker[1] <= speaker[0] or content[1] - content[0] < 2:
            return None
        return _kind(text, cue.start - 1), speaker, content, addressee

    def _after_clause_break(self, doc: Doc, speaker, content):
        """ja "XはAを賞賛したが、Bと述べた" / "…を否定しており、Bと述べた": a clause that tells what the speaker did
        ends at its conjunctive form; what was said follows it. A topic right after the break ("…しており、
        フランス側はBとした") names the speaker of B."""
        text = doc.text
        c0, c1 = content
        at, brk = max(((text.rfind(b, c0, c1), b) for b in self.content_clause_breaks), default=(-1, ""))
        if at <= c0 or c1 - at - len(brk) < 4 or doc.quote_containing(at):
            return speaker, content
        before, at = text[c0:at], at + len(brk)
        start = strip_span(text, at, c1)[0]
        topic = text.find(self.speaker_markers[0], start, min(c1, start + self.max_speaker_chars))
        if (topic > start and text[topic - 1].isalnum() and text[topic - 1] not in self.marker_not_after
                and not any(ch in text[start:topic] for ch in "、，,「」『』“”") and c1 - topic > 4):
            s0 = self._continua_right_part(doc.folded, start, topic, doc)
            if topic - s0 >= 1 and doc.mentions_in(s0, topic):  # a party, not "状況は"
                return (s0, topic), strip_span(text, topic + len(self.speaker_markers[0]), c1)
        if any(m in before for m in self.speaker_markers):
            return speaker, content  # the clause has its own subject ("軍が撤退しており、"): it was said too
        return speaker, (start, c1)

    def _lead_segments(self, text: str, content: tuple[int, int]):
        """ja: a short segment opening the content and closed by an addressee postposition is the addressee
        ("中国に対し、…するよう求めた"); one closed by an adjunct ending is the occasion of the saying ("記者会見で、")."""
        addressee = None
        for _ in range(2):
            c0, c1 = content
            comma = text.find("、", c0, min(c1, c0 + 25))
            if comma < 0 or any(m in text[c0:comma] for m in self.speaker_markers) or any(ch in _QUOTE_MARKS for ch in text[c0:comma]):
                break
            seg = text[c0:comma + 1]
            post = next((p for p in self.addressee_postpositions if seg.endswith(p)), None)
            if post and addressee is None and len(seg) > len(post):
                addressee = (c0, comma + 1 - len(post))
            elif not any(seg.endswith(p) for p in self.content_adjunct_endings):
                break
            content = strip_span(text, comma + 1, c1)
        return addressee, content

    def _verb_final_postposed(self, doc, sent, cue, marker_at):
        """'「…」と、李外相は言った。' / '…と彼は述べた。': what was said, the quotative と, then the
        speaker with its topic marker and a bare reporting verb."""
        text = doc.text
        s0 = sent.start + marker_at
        k = s0
        while k > sent.start and (text[k - 1].isalnum() and text[k - 1] != "と" or text[k - 1] in "・ー"):
            k -= 1  # the speaker: the word run before は, back to the quotative と or a mark
        speaker = strip_span(text, k, s0)
        j = k
        while j > sent.start and text[j - 1] in "、，, \u3000":
            j -= 1
        if speaker[1] - speaker[0] < 1 or speaker[1] - speaker[0] > self.max_speaker_chars or j <= sent.start or text[j - 1] != "と":
            return None
        close = j - 2
        if close >= sent.start and text[close] in _QUOTE_MARKS:
            q = doc.quote_containing(close)
            content = (q[0] + 1, q[1]) if q else (sent.start, close)
        else:
            content = (sent.start, j - 1)
        content = strip_span(text, *content)
        if content[1] - content[0] < 6:
            return None
        return _kind(text, j - 2), speaker, content, None

    def _according_before(self, doc, sent, toks, cue):
        """according to SPEAKER, CONTENT — or CONTENT, according to SPEAKER."""
        j = _index_at(toks, cue.end - 1)
        after = toks[j + 1:]
        if self.according_subjects and doc.folded[cue.start:cue.end] in self.according_subjects and not (
                after and after[0].is_word and (after[0].cap or after[0].word in self.determiners
                                                 or after[0].word in self.pronouns or after[0].word in self.subject_pronouns)
                and after[0].word not in self.object_determiners):
            return None  # "…, so einen Text zu machen", "…, so gebe es", "…, so lange": no source in the nominative follows
        if self.according_pronouns and toks[j].word in self.according_pronouns:
            # "Problém by podle něj nastal, pokud …": the pronoun speaks; the clause around it was said
            speaker = (toks[j].start, toks[j].end)
        else:
            speaker = self._np_forward(after)
        if (speaker is None and self.pro_drop and after and after[0].word == ","
                and doc.folded[cue.start:cue.end].split(" ", 1)[0] in self.as_openers):
            # cs "Jak prozradil, …" / "Jak sám říká, …": the as-clause names no speaker; the latest person speaking is it
            c0, c1 = strip_span(doc.text, after[0].end, sent.end)
            c1 = _rstrip(doc.text, c0, c1)
            return ("according_to", None, (c0, c1), None) if _word_count(doc.text, c0, c1) >= 2 else None
        if speaker is None:
            return None
        if self.np_determiner_after:
            # "Según los responsables estadounidenses la retirada …": a determiner after a noun or adjective
            # (not after "de", "y": "el jefe de la policía"; not a name's "Le") opens what was said
            k = next((k for k in range(2, _count_until(after, speaker[1]))
                      if after[k].word in self.determiners and after[k].word not in self.np_determiner_after
                      and not after[k].cap and after[k - 1].is_word and after[k - 1].word not in self.np_determiner_after
                      and after[k - 1].word not in self.determiners), None)
            if k is not None:
                speaker = (speaker[0], after[k - 1].end)
        if self.need_source and doc.folded[cue.start:cue.end] in self.need_source:
            head = [t.word for t in after[:4] if t.end <= speaker[1]]
            k = next((k for k, t in enumerate(after[:4]) if t.end <= speaker[1] and t.cap and t.word not in self.determiners), None)
            head_noun = after[k].word if k is not None else None
            if self.cues_lowercase and head_noun is not None:
                head = [head_noun]  # nouns capitalised: the head noun decides ("nach Abschluss der Ermittlungen" is no source)
                if head_noun.endswith("s") and k + 1 < len(after) and after[k + 1].cap and after[k + 1].end <= speaker[1]:
                    head.append(after[k + 1].word)  # "nach Celebis Angaben": a genitive name before the head noun
            if not any(noun in w for w in head for noun in self.source_nouns) and not (
                    self.source_mentions and any(m.how not in _PLACE_WORDS for m in doc.mentions_in(*speaker))):
                return None
        i = _index_at(toks, cue.start)
        before = toks[:i]
        k = _count_until(after, speaker[1])
        if self.np_continuers and k + 1 < len(after) and after[k].word in self.place_connectors and after[k + 1].cap:
            # "nach Angaben der Polizei in Köln": the place belongs to the source (not after an inverted
            # speaker: "sagte Scholz in Berlin" names where he spoke)
            while k + 1 < len(after) and after[k + 1].cap and after[k + 1].is_word:
                k += 1
            speaker = (speaker[0], after[k].end)
        speaker = self._comma_apposition(after, speaker)  # "Laut Anna Berg, einer Sprecherin der Polizei, …"
        tail = after[_count_until(after, speaker[1]):]
        if (before and any(t.is_word for t in before) and len(tail) > 2 and tail[0].word == ","
                and (tail[1].cap or tail[1].word in self.determiners and tail[2].cap)):
            # "…, so Anna Berg, Sprecherin der Polizei.": an apposition closing the sentence is the speaker's
            end = self._apposition_forward(doc, tail)
            if end is not None and not doc.text[end:sent.end].strip(" .!?\"“”„«»\n"):
                speaker = (speaker[0], end)
        rest = after[_count_until(after, speaker[1]):]
        if len(rest) > 2 and rest[0].word == "," and self._verb_final_relative(rest, 1):
            # "Laut Polizei, die am Montag informierte, wurden …": the relative clause is no part of what was said
            k = next((k for k in range(2, len(rest)) if rest[k].word == ","), None)
            if k is not None:
                rest = rest[k + 1:]
        if before and any(t.is_word for t in before):
            content = self._content_before(doc, sent, before[:-1] if before[-1].word in _BOUNDARY else before)
            if (content and self.according_mid_clause and before[-1].word not in _BOUNDARY
                    and sum(t.is_word for t in rest) >= 2 and rest[0].word not in _CLAUSE_MARKS):
                # "Dabei wurden nach Angaben der Polizei drei Menschen verletzt": both sides are reported
                # (one span over the source too: the clause bounds of an event inside it are the content's)
                content = (content[0], _rstrip(doc.text, content[0], strip_span(doc.text, content[0], sent.end)[1]))
        else:
            content = self._content_after(doc, sent, rest)
        if not content:
            return None
        return "according_to", speaker, content, None

    def _according_after(self, doc, sent, toks, cue):
        """SPEAKER szerint CONTENT (the marker follows the speaker)."""
        i = _index_at(toks, cue.start)
        speaker = self._np_backward(toks[:i], skip=False)
        if speaker is None:
            return None
        if self.np_after_noun_stop:
            # capitalised nouns (de): the source opens at its determiner after a verb or a name ("Das Fleisch sollte
            # den Berichten zufolge", "Sarkozy dem „Figaro“ zufolge"); a lower-case verb or adverb is no part of it
            k0, k1 = _count_until(toks, speaker[0]), i
            for k in range(k1 - 1, k0, -1):
                t = toks[k]
                if t.word in self.determiners and toks[k - 1].word in self.determiners and not t.cap:
                    speaker = (t.start, speaker[1])  # "die ihrer Meinung nach wachsenden Gefahren": two determiners
                    break
                if t.word in self.np_after_noun_stop and toks[k - 1].is_word and (toks[k - 1].cap or not (
                        toks[k - 1].word in self.determiners or toks[k - 1].word in self.np_continuers)):
                    speaker = (t.start, speaker[1])
                    break
                if t.is_word and not t.cap and not (t.word in self.determiners or t.word in self.np_continuers
                                                    or t.word in self.speaker_connectors
                                                    or t.word.endswith(self.adjective_endings) and toks[k + 1].cap):
                    if k + 1 < k1:
                        speaker = (toks[k + 1].start, speaker[1])
                    break
        j = _index_at(toks, cue.end - 1)
        content = self._content_after(doc, sent, toks[j + 1:])
        k = _count_until(toks, speaker[0])
        if (content and self.according_mid_clause and k and toks[k - 1].word not in _CLAUSE_MARKS
                and not any(ch in _CLAUSE_MARKS for ch in doc.text[speaker[1]:cue.end])):
            # "Dabei wurden der Polizei zufolge drei Menschen verletzt": both sides are reported
            head = self._content_before(doc, sent, toks[:k])
            if head and _word_count(doc.text, head[0], speaker[0]) >= 2:
                content = (head[0], content[1])  # one span, as with a source before the marker
        if not content:
            content = self._content_before(doc, sent, toks[: max(0, k - 1)])
        if not content:
            return None
        return "according_to", speaker, content, None

    # -- noun phrases and content ------------------------------------------------------------
    def _participle_adverb(self, toks: list[Tok], i: int) -> bool:
        """An adverb between a comma and a participle cue (", also warning", ", even suggesting"), not an
        auxiliary (", is calling for": the phrase before the comma is the subject)."""
        w = toks[i].word
        return self._adverb(toks, i) or (w in self.cue_prefix_words and toks[i].is_word and w not in self.clause_verbs
                                          and w not in self.passive_auxiliaries)

    def _participle_follows(self, rest: list[Tok]) -> bool:
        """', adding that …' / ', referring to …': a participle clause after the speaker, also after a short
        adjunct (' on Monday, adding that …', ' in a statement, saying …')."""
        if rest and rest[0].word in self.adjunct_openers and rest[0].word not in self.determiners:
            k = next((k for k, t in enumerate(rest[:self.max_adjunct_words + 1]) if not t.is_word), None)
            if k and rest[k].word == ",":
                rest = rest[k:]
        if len(rest) > 2 and rest[0].word == "," and self._participle_adverb(rest, 1) and rest[2].word in self.participles:
            return True  # ', also warning that …': an adverb before the participle
        return (len(rest) > 1 and rest[0].word == "," and
                (rest[1].word in self.participles or bool(self.participle_suffixes) and rest[1].word.endswith(self.participle_suffixes)
                 or self.noun_after_determiner and rest[1].word in self.cue_words and not rest[1].cap))  # ', confirmed by …'


    def _verb_final_relative(self, toks: list[Tok], k: int) -> bool:
        """de: toks[k] opens a relative clause, not an apposition: the stretch up to the next comma ends in
        a lower-case word, its finite verb ("Maier, der seit Jahren in Kenia forscht, …"; not "…, der Leiter der Behörde, …")."""
        if k >= len(toks) or toks[k].word not in self.verb_final_relatives:
            return False
        last = None
        for tok in toks[k + 1:]:
            if tok.word in (",", ";", ":") or tok.word in _QUOTE_MARKS:
                break
            if tok.is_word:
                last = tok
        return last is not None and not last.cap

    def _comma_apposition(self, after: list[Tok], speaker: tuple[int, int]) -> tuple[int, int]:
        """'CUE NAME, APPOSITION, CONTENT' where nouns are capitalised (cues_lowercase): a noun phrase set
        off by commas right after a forward speaker belongs to it; a clause there ("…, die Lage sei
        ruhig") stops the phrase at its verb before the next comma, and stays what was said."""
        if not self.cues_lowercase:
            return speaker
        k = _count_until(after, speaker[1])
        if k + 3 >= len(after) or after[k].word != "," or not after[k + 1].is_word or self._verb_final_relative(after, k + 1):
            return speaker
        first = after[k + 1]
        if not (first.cap or first.word in self.determiners
                or first.word.endswith(self.adjective_endings) and after[k + 2].cap):
            return speaker  # "…, so Anna Berg, schuld daran sei …": no noun phrase opens there
        inner = self._np_forward(after[k + 1:])
        if inner is None:
            return speaker
        m = _count_until(after, inner[1])
        if m + 2 < len(after) and after[m].word == "," and after[m + 1].word not in self.relative_openers:
            return speaker[0], inner[1]
        # "Laut Anna Roth, Professorin an der Universität Wien, ist …": an apposition with a prepositional phrase,
        # capitalised at both ends, with no verb, cue or clause word between the commas
        c = next((c for c in range(k + 2, min(len(after), k + 3 + self.max_speaker)) if after[c].word == ","), None)
        seg = after[k + 1:c] if c is not None else []
        if (seg and c + 2 < len(after) and seg[0].cap and seg[-1].cap and all(
                t.is_word and t.word not in self.cue_words and t.word not in self.complementizers
                and (t.cap or t.word in self.speaker_stop or t.word in self.determiners or t.word in self.np_continuers
                     or t.word.endswith(self.adjective_endings)) for t in seg)):
            return speaker[0], seg[-1].end
        return speaker

    def _apposition_forward(self, doc: Doc, rest: list[Tok]) -> int | None:
        """'said NAME, APPOSITION.' — where the apposition ends, if it runs to the end of the sentence."""
        if self.parenthesis_in_speaker and rest and rest[0].word == "(":
            close = next((k for k in range(1, min(len(rest), 10)) if rest[k].word == ")"), None)
            if close is not None:  # "said Rep. Jane Roe (D-S.C.), the leader of …"
                return self._apposition_forward(doc, rest[close + 1:]) or rest[close].end
        if len(rest) < 2 or rest[0].word != "," or not rest[1].is_word or self._participle_follows(rest):
            return None
        if rest[1].word in self.complementizers or rest[1].word in self.participles or self._verb_final_relative(rest, 1):
            return None
        last = None
        comma_before = None  # the last token before the latest inner comma
        for n, tok in enumerate(rest[1:], 1):
            if tok.word in _QUOTE_MARKS or n > 5 * self.max_speaker or tok.word == ":":
                return None
            if (tok.word in self.complementizers and tok.word in self.relative_complementizers and n > 2
                    and rest[n - 1].is_word and rest[n - 1].word not in self.speaker_stop):
                continue  # "said X, a senior official with the board that oversees them": a relative clause of the apposition
            if tok.word in self.complementizers or tok.word in self.cue_words:
                if comma_before is not None and tok.word in self.cue_words and tok.word not in self.complementizers:
                    return comma_before.end  # "…, wrote X, founder of Y, in a message explaining …"
                return None  # a clause of its own ("…, al señalar que …"), not an apposition
            if tok.word == "," and last is not None:
                comma_before = last
            if tok.word == "," and self._participle_follows(rest[n:]):
                break
            if (self.speaker_after_cue and tok.word == "," and last is not None and n + 1 < len(rest)
                    and rest[n + 1].word in self.complementizers):
                return None  # ar "أكد X، رئيس البرلمان، أن …": verb-initial, what was said follows the apposition
            if (tok.word == "," and last is not None and n + 1 < len(rest)
                    and rest[n + 1].word in self.speaker_stop and rest[n + 1].word not in self.determiners
                    and (self.cues_lowercase or rest[n + 1].word not in self.relative_openers)):
                # de "…, schrieb der Chef der Ukip, Nigel Farage, im Kurznachrichtendienst Twitter", en "…, said X,
                # the top Democrat on the panel, in a statement", fr "…, a affirmé X, porte-parole du M23, sans …":
                # an adjunct after the apposition is no part of it (a relative clause is: "X, a lawyer, who …")
                if self.speaker_after_cue and any(rest[k].word == "," and rest[k + 1].word in self.complementizers
                       for k in range(n + 1, min(len(rest) - 1, n + 2 + 3 * self.max_adjunct_words))):
                    return None  # ar "قال X، المتحدث، في إجابة على سؤال، بأن …": what was said follows the adjunct
                break
            if tok.is_word or tok.word in (")", "]"):
                last = tok
        return last.end if last else None

    def _apposition_backward(self, doc: Doc, before: list[Tok]) -> tuple[tuple[int, int], int] | None:
        """CONTENT, NAME, APPOSITION, CUE → (span of 'NAME, APPOSITION', index of the comma before NAME)."""
        if len(before) < 6 or before[-1].word != ",":
            return None
        n = len(before) - 1
        for c1 in range(n - 2, 0, -1):
            tok = before[c1]
            # a doubled apostrophe is a quotation mark ("''…,'' Mr. King, 82, said": newspaper archives)
            quote = tok.word in _QUOTE_MARKS or tok.word == "'" and before[c1 - 1].word == "'"
            if quote and c1 + 1 < n and before[c1 + 1].word == ",":
                break  # '"…," NAME' needs the comma inside the quotation
            if n - c1 > 4 * self.max_speaker:
                break
            if tok.word != "," and not quote:
                continue
            name = before[c1 + 1:n]
            comma = next((k for k, t in enumerate(name) if t.word == ","), None)
            if comma is None or not 1 <= comma <= 8 or not (name[0].cap or name[0].word in self.determiners):
                continue
            if any(t.word in _QUOTE_MARKS for t in name):
                break
            if any(t.word in self.clause_verbs for t in name):
                break  # "…, the trader, now 31, is on trial, charged with …": a finite verb, no apposition
            # the content keeps its closing quotation mark; a comma before the name is dropped
            return (name[0].start, name[-1].end), (c1 + 1 if quote else c1)
        return None

    def _speaker_after_adjunct(self, doc: Doc, after: list[Tok], lead: int) -> int | None:
        """Languages without articles: "…, — заявил на пресс-конференции министр X", "…, řekl v rozhovoru pro
        Českou televizi ministr zahraničí": after one to three prepositional phrases (a preposition, modifiers in
        an oblique ending, one head word), the speaker opens; not a place ("řekl v Praze") and not when the
        phrases run to the end of the clause ("řekl na schůzce s Novákem": no speaker named)."""
        end = lead
        while end < len(after) and after[end].is_word:
            end += 1
        def modifier(n: int) -> bool:
            return (n + 1 < end and after[n].word.endswith(self.adjunct_modifier_endings)
                    and after[n].word not in self.adjunct_pronouns)

        j = lead
        for _ in range(4):
            if j >= end or after[j].word not in self.adjunct_prepositions:
                break
            j += 1
            while modifier(j):
                j += 1
            j += 1  # the head word
            if modifier(j):  # a genitive after it ("v reakci na vnímání dramatických událostí")
                while modifier(j):
                    j += 1
                j += 1
        if j == lead or j >= end or j - lead > self.max_adjunct_words + 1:
            return None
        tok = after[j]
        if (tok.word in self.complementizers or tok.word in self.cue_words or tok.start in self._phrase_cues
                or any(m.start == tok.start and m.how in _PLACE_WORDS for m in doc.mentions_in(tok.start, after[end - 1].end))):
            return None  # "…, vyjádřil se k válce podle televize NBC": an according-to phrase, no speaker
        mentions = doc.mentions_in(tok.start, after[end - 1].end)
        if tok.cap or any(m.start == tok.start for m in mentions):
            return j
        # a lower-case word that names no actor: a genitive may still go on the adjunct ("při ukončení odchodu
        # ruských vojsk z Německa ruský prezident Boris Jelcin"); a name closing the clause, with the actor
        # words right before it, is the speaker then
        n = end
        while n > j and after[n - 1].cap:
            n -= 1
        if end - n >= 2 and any(after[k].word in self.adjunct_prepositions for k in range(j, n)) and not any(m.start == after[n].start and (m.how in _PLACE_WORDS or m.how == "organisation")
                                    for m in mentions):  # a person's name, not "сотрудник Конгресса США"
            covered = {k for k in range(j, n) for m in mentions
                       if m.how not in _PLACE_WORDS and m.start <= after[k].start and after[k].end <= m.end}
            while n - 1 in covered:
                n -= 1
            return n
        return j if end - j >= 2 else None  # one lower-case word: the adjunct's ("řekl na adresu hráče")

    def _relative_before_adjunct(self, before: list[Tok], i: int) -> int | None:
        """The index of a relative pronoun after a comma that an adjunct (opened by one of
        `relative_adjunct_openers`, at most `max_adjunct_words` words, no clause mark) separates from the
        cue: "X, který v úterním rozhovoru pro Fox News uvedl" (the pronoun is the subject of the cue)."""
        for k in range(i, max(0, i - self.max_adjunct_words - 1), -1):
            tok = before[k]
            if not tok.is_word:
                if tok.word in _NAME_JOINERS and k < i:
                    continue
                return None
            if tok.word in self.relative_speakers:
                if k < i and before[k - 1].word == "," and (before[k + 1].word in self.relative_adjunct_openers
                                                                 or before[k + 1].word in self.skip_before_cue):
                    return k
                return None
        return None

    def _adjunct_opens(self, tok: Tok) -> bool:
        """'said on Monday that', 'sagte am Montag, dass': a time or place phrase, not an addressee."""
        return (tok.word in self.adjunct_openers or tok.word in self.skip_before_cue or tok.word in self.speaker_stop
                or self._adjunct_word(tok))

    def _adjunct_word(self, tok: Tok) -> bool:
        return (bool(self.adjunct_suffixes) and tok.is_word and not tok.cap and len(tok.word) > 4
                and tok.word.endswith(self.adjunct_suffixes)
                or bool(self.place_adjunct_suffixes) and tok.cap and len(tok.word) > 5
                and tok.word.endswith(self.place_adjunct_suffixes))  # hu "Brüsszelben", "Moszkvában"

    def _adverb(self, toks: list[Tok], i: int) -> bool:
        """'-ly' before the cue is an adverb ("publicly said"), not 'the family said' or 'Italy said'."""
        tok = toks[i]
        return bool(self.skip_suffixes) and tok.is_word and not tok.cap and tok.word.endswith(self.skip_suffixes) and not (
            i > 0 and toks[i - 1].word in self.determiners)

    def _name_part(self, toks: list[Tok], i: int) -> bool:
        """'Theresa May said': a capitalised function word after a capitalised name, inside a
        sentence that is not in title case, ends that name (needs `determiner_ends_np`)."""
        return (self.determiner_ends_np and 0 < i and toks[i].cap and toks[i - 1].cap and toks[i - 1].is_word
                and toks[i - 1].word not in self.speaker_stop and not (i + 1 < len(toks) and toks[i + 1].cap))

    def _np_backward(self, before: list[Tok], skip: bool = True) -> tuple[int, int] | None:
        i = len(before) - 1
        if skip:
            while i >= 0 and (before[i].word in self.skip_before_cue or self._adverb(before, i)
                              or before[i].word in self.floating_quantifiers and i > 0 and before[i - 1].is_word
                              and before[i - 1].word not in self.determiners) and not self._name_part(before, i):
                if (self.skip_word_heads and i == len(before) - 1 and i > 0 and before[i - 1].is_word and before[i].word not in self.cue_prefix_words
                        and before[i].word not in self.floating_quantifiers
                        and before[i].word not in self.content_time_words and before[i - 1].word not in self.skip_before_cue
                        and before[i - 1].word not in self.speaker_stop and not self._adverb(before, i)):
                    break  # "the draft statement said": a noun after a word of the phrase is its head, not an adjunct
                i -= 1
            skipped_to = i  # only skip words ("who have argued", "which also noted") between here and the cue
            while i > 0 and self._adjunct_word(before[i]):
                # "X miniszterelnök pénteken a Kossuth rádióban mondta": the adjunct phrase ends in a
                # case ending; its determiner (within three words) opens it
                i -= 1
                det = next((k for k in range(i, max(-1, i - 3), -1) if before[k].word in self.determiners), None)
                if det is not None and det > 0:
                    i = det - 1
                elif det == 0 and i == 0:
                    # hu "A lakosokat arra kérte, hogy …": the object phrase opens the clause, no subject named
                    # (not "Az orosz elnök Oroszországot hibáztatta": that article is the subject's)
                    return None
                while i >= 0 and before[i].word in self.skip_before_cue:
                    i -= 1
            if i < len(before) - 1 and before[max(i, 0)].word in self.determiners and self.determiner_ends_np:
                i = len(before) - 1  # "The statement said", "A week later said": the skipped words are the noun
            elif skip and i < len(before) - 1 and not self.determiner_ends_np:
                # es "La prensa dijo", "El comunicado dijo": a determiner opening the phrase, then only skipped words
                # (nouns that also stand in adjuncts: "en rueda de prensa dijo") - they are the speaker's noun
                d = i if i >= 0 and before[i].word in self.determiners else i + 1
                if (before[d].word in self.determiners and (d == 0 or not before[d - 1].is_word) and d < len(before) - 1
                        and all(t.is_word and t.word not in self.speaker_stop and t.word not in self.content_time_words
                                and t.word not in self.cue_prefix_words and not self._adverb(before, k)
                                for k, t in enumerate(before[d + 1:], d + 1))):
                    i = len(before) - 1
            relative = 0 < i and before[i].word in self.relative_speakers and (
                i == len(before) - 1 or i == skipped_to and not self.relative_antecedent
                or self.relative_antecedent and before[i - 1].word == ",")  # the adjunct skipped
            if skip and self.relative_antecedent and not relative and i > 1:
                # "X, который в интервью телеканалу заявил, …", "X, quien en una entrevista dijo …": an adjunct
                # opened by a preposition or adverb stands between the relative pronoun and the cue
                k = self._relative_before_adjunct(before, i)
                if k is not None:
                    i, relative = k, True
            if skip and self.relative_speakers and relative:
                if self.relative_antecedent:
                    # es "…, Hugo Swiere, quien consideró que …": the antecedent the relative pronoun stands for
                    k = i - 1 if before[i - 1].word == "," else i
                    found = self._np_backward(before[:k], skip=False) if k > 0 else None
                    if found is not None and found[1] == before[k - 1].end:
                        return found  # (the phrase right before the comma: not "řekl v cíli X, který …")
                    if k > 0 and before[k - 1].cap:
                        # "… изгнал медиа-магната Владимира Гусинского, который говорит": the name before the comma
                        n = k - 1
                        while n > 0 and before[n - 1].cap and before[n - 1].is_word and k - n < self.max_speaker:
                            n -= 1
                        return before[n].start, before[k - 1].end
                    if k > 0 and before[k - 1].is_word:
                        return None  # no antecedent to be read ("… в клетках, который отвечает за …")
                return before[i].start, before[i].end  # "… an architect who said …": the relative pronoun
            if self.skip_parentheses and i > 0 and before[i].word == ")":
                opening = next((k for k in range(i - 1, max(-1, i - 12), -1) if before[k].word == "("), None)
                if opening is not None:
                    i = opening - 1
        end_i = i
        taken = 0
        while i >= 0 and taken < self.max_speaker:
            w = before[i].word
            if not before[i].is_word:
                if w in _NAME_JOINERS and i > 0 and before[i - 1].is_word and (i < end_i or w == "." and (
                        "." in before[i - 1].word or before[i - 1].cap and len(before[i - 1].word) <= 3)):  # "police in B.C. said"
                    i -= 1
                    continue
                if w == ")" and self.parenthesis_in_speaker:
                    # "Sen. Jane Doe (D-Ore.) said": the parenthesis belongs to the name
                    opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if before[k].word == "("), None)
                    if opening is not None and opening > 0 and before[opening - 1].is_word:
                        i = opening - 1
                        continue
                if self.quoted_names and w in _QUOTE_MARKS and i == end_i:
                    # "Die „Frankfurter Rundschau“ hatte berichtet": a quoted name ends the phrase
                    opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if before[k].word in _QUOTE_MARKS), None)
                    inner = before[opening + 1:i] if opening is not None else []
                    if inner and all(t.is_word for t in inner) and (inner[0].cap or inner[0].word.upper() == inner[0].word):
                        taken += 1
                        i = opening - 1
                        continue
                break
            if (w in self.cue_words and not (before[i].cap and i < end_i and before[i + 1].cap)
                    and not (self.cues_lowercase and before[i].cap and (i > 0 or not skip))  # de "Berichten zufolge"
                    and not (i < end_i and f"{w} {before[i + 1].word}" in self.not_cue_pairs)  # "think tank"
                    and not (i > 0 and f"{before[i - 1].word} {w}" in self.not_cue_pairs)  # "the United States said"
                    or self.elided_complementizers and w.startswith(self.elided_complementizers)):
                break  # "ce qu'elle dit": a relative clause, not a speaker ("United States Citizenship …" is a name)
            if i == end_i and w in self.pronouns and (w in self.speaker_stop or i > 0 and (before[i - 1].is_word or before[i - 1].word == ".")):
                return before[i].start, before[i].end  # "It says …", "In an interview with RT he said": the pronoun alone
            if (w in self.speaker_stop or w in self.complementizers) and not (i == end_i and self._name_part(before, i)):
                if not (w in self.adjunct_prepositions and 0 < i < end_i and before[i - 1].word in self.partitive_heads
                        or w in self.speaker_connectors and i < end_i and i > 0 and before[i - 1].is_word
                        and before[i - 1].word not in self.speaker_stop and before[i + 1].word not in self.content_time_words
                        and not before[i + 1].word[0].isdigit()
                        and (w not in self.place_connectors or before[i + 1].cap)
                        or w in self.speaker_coordinators and i < end_i and i > 0 and (before[i - 1].cap and (
                            before[i + 1].cap or before[i + 1].word in self.determiners and i + 1 < end_i and before[i + 2].cap)
                            or self._opening_conjunct(before, i))):
                    break
            taken += 1
            i -= 1
            if (self.determiner_starts_np and i + 1 < end_i and w in self.determiners
                    and not (i >= 0 and before[i].word in self.speaker_connectors)):
                break  # hu "A lakosság 86 százaléka egy márciusi felmérés szerint": the phrase opens at its determiner
        if end_i < 0 or i == end_i:
            return None
        if self._adjunct_modifier(before[i]) and 0 < i and i + 2 <= end_i:
            j = i  # a stop word that is a modifier ("У своїй промові міністр заявив"): the adjunct runs to the noun after it
            while j > 0 and self._adjunct_modifier(before[j]):
                j -= 1
            if before[j].word in self.adjunct_prepositions and (j == 0 or not before[j - 1].is_word):
                return before[i + 2].start, before[end_i].end
        if i >= 0 and before[i].word in self.adjunct_prepositions:
            # "X ve svém článku napsal", "В понедельник министр заявил": a phrase opened by a
            # preposition is an adjunct; the speaker stands before it, or after its first word
            if i > 0 and before[i - 1].is_word and before[i - 1].word not in self.speaker_stop:
                found = self._np_backward(before[:i], skip)
                if found is not None:
                    return found
            elif (i == 0 or not before[i - 1].is_word) and end_i - i >= 2:
                j = i + 1
                while j < end_i and self._adjunct_modifier(before[j]):
                    j += 1
                return before[j + 1 if i + 1 < j < end_i else i + 2].start, before[end_i].end
        while i + 1 < end_i and before[i + 1].word in _NAME_JOINERS:
            i += 1  # "В феврале 2016 г. глава МИД заявил": the abbreviation's dot stays with the adjunct
        return before[i + 1].start, before[end_i].end

    def _adjunct_modifier(self, tok: Tok) -> bool:
        """A lower-case word in an oblique modifier ending (`adjunct_modifier_endings`), not a pronoun head."""
        return (not tok.cap and tok.word.endswith(self.adjunct_modifier_endings)
                and tok.word not in self.adjunct_pronouns)

    def _opening_conjunct(self, before: list[Tok], i: int) -> bool:
        """'Regulators and lawmakers said', 'The unions and the employers said': the words before the
        coordinator at `i` open the clause and are a short noun phrase (no stop word, cue or second
        determiner), so both conjuncts speak."""
        c = i
        while c > 0 and before[c - 1].word not in _BOUNDARY:
            c -= 1
        return self._short_np(before[c:i])

    def _short_np(self, left: list[Tok]) -> bool:
        """One word, a determiner and its noun, a run of capitalised words, or a capitalised possessor and
        one or two nouns ("Germany's foreign office"): a phrase in which no verb can hide."""
        if not (1 <= len(left) <= 4 and all(t.is_word and t.word not in self.speaker_stop and t.word not in self.cue_words
                                             and (n == 0 or t.word not in self.determiners) for n, t in enumerate(left))):
            return False
        return (len(left) == 1 or len(left) == 2 and left[0].word in self.determiners or all(t.cap for t in left)
                or len(left) <= 3 and left[0].cap and left[0].word.endswith(_POSSESSIVE)
                and not any(t.word.endswith(self.past_participle_suffixes) for t in left[1:])
                # "The Clinton campaign and …", "The former first lady and …": a determiner and its modifiers, no past verb
                or self.determiner_conjuncts and left[0].word in self.determiners and not any(
                    t.word.endswith(self.past_participle_suffixes) or t.word in self.past_verbs for t in left[1:]))

    def _apposition_speaker(self, before: list[Tok]) -> tuple[int, int] | None:
        """NAME, APPOSITION, CUE → the whole 'NAME, APPOSITION'; dashes set the apposition off as
        commas do ("Jane Doe -- a senior fellow at … -- said")."""
        if self.apposition_dashes and any(t.word in self.apposition_dashes for t in before):
            merged: list[Tok] = []
            for t in before:  # "--" is two tokens: one dash, read as a comma
                if t.word == "-" and merged and merged[-1].word == "," and merged[-1].end == t.start:
                    merged[-1] = Tok(merged[-1].start, t.end, ",")
                else:
                    merged.append(Tok(t.start, t.end, ",") if t.word in self.apposition_dashes else t)
            before = merged
        if len(before) < 4 or before[-1].word != ",":
            return None
        inner = before[:-1]
        for comma, tok in enumerate(inner):
            if tok.word != "," or comma == 0 or comma + 1 == len(inner):
                continue  # (", ," from a dash read as a comma: nothing between)
            if len(inner) - comma > 4 * self.max_speaker:
                continue
            # the name opens the clause: "Jane Doe, a senior fellow at …, said"
            name = self._np_backward(inner[:comma], skip=False)
            if name is None:
                continue
            k = _count_until(inner, name[0])
            if sum(t.is_word for t in inner[k:comma]) > 8 or (k > 0 and inner[k - 1].word not in _BOUNDARY and not (
                    inner[k - 1].word in self.sentence_adverbs and (k == 1 or inner[k - 2].word in _BOUNDARY))):
                continue  # (a conjunction or sentence adverb may open the clause: "But Jane Doe, …, said")
            first = inner[comma + 1]
            if self._verb_final_relative(inner, comma + 1):
                return name  # "Maier, der seit Jahren in Kenia forscht, sagte": the relative clause is out
            if not first.cap and first.word not in self.apposition_openers and (
                    bool(self.participle_suffixes) and first.word.endswith(self.participle_suffixes)
                    or bool(self.past_participle_suffixes) and first.word.endswith(self.past_participle_suffixes)
                                  or first.word in self.speaker_stop and first.word not in self.relative_openers
                                  and first.word not in self.relative_speakers):
                return name  # "Trump, speaking to veterans in Ohio, said": an adjunct clause, not an apposition
            end = len(inner)
            for n in range(comma + 2, len(inner) - 1):
                if inner[n].word == "," and (inner[n + 1].word in self.relative_openers or self._verb_final_relative(inner, n + 1)):
                    end = n  # "X, president of Y, which represents …, said": the relative clause is out
                    break
            return name[0], inner[end - 1].end
        return None

    def _np_forward(self, after: list[Tok]) -> tuple[int, int] | None:
        if after and after[0].word in self.pronouns:
            # a personal pronoun is the whole phrase ("sagte er dem Sender RT", "dijo ella a la prensa"):
            # what follows it is the listener or an adjunct
            return after[0].start, after[0].end
        taken, last = 0, -1
        closing = -1
        for n, tok in enumerate(after):
            if n <= closing:
                continue
            if not tok.is_word:
                if tok.word in ("'", "’", ".", "&", "/") and 0 < n < len(after) - 1 and after[n + 1].is_word:
                    continue
                if self.parenthesis_in_speaker and tok.word == "(" and last == n - 1 and n > 0:
                    # "nach Angaben des Statistischen Bundesamtes (Destatis)": the short form stays with the name
                    close = next((k for k in range(n + 1, min(len(after), n + 6)) if after[k].word in "()"), -1)
                    if close > n + 1 and after[close].word == ")":
                        closing = last = close
                        continue
                if self.quoted_names and tok.word in _QUOTE_MARKS and taken < self.max_speaker:
                    closing = next((k for k in range(n + 1, min(len(after), n + 8)) if after[k].word in _QUOTE_MARKS), -1)
                    if closing > n + 1 and (after[n + 1].cap or closing == n + 2 or not self.np_continuers):
                        # (with capitalised nouns a quoted name opens with a capital: "laut Gall „auch in Zukunft …“" quotes)
                        taken += 1
                        last = closing
                        continue
                break
            if taken >= self.max_speaker:
                break
            if n > 0 and tok.start in self._phrase_cues:
                break
            if tok.word in self.cue_words and not (self.cues_lowercase and tok.cap) and not (
                    n > 0 and f"{after[n - 1].word} {tok.word}" in self.not_cue_pairs  # "the United States envoy"
                    or n + 1 < len(after) and f"{tok.word} {after[n + 1].word}" in self.not_cue_pairs) and not (n == 0 and n + 1 < len(after) and after[n + 1].is_word
                                                   and after[n + 1].word not in self.speaker_stop
                                                   and after[n + 1].word not in self.determiners):
                break  # not "according to show insiders": a cue word opening the phrase is a noun
            if tok.word in self.speaker_stop or tok.word in self.complementizers:
                name_article = n == 0 and tok.cap and n + 1 < len(after) and after[n + 1].cap and after[n + 1].is_word
                if not (tok.word in self.speaker_connectors and taken and n + 1 < len(after) and after[n + 1].is_word
                        and after[n + 1].word not in self.speaker_stop - {"the"}
                        and not (tok.word in self.listener_connectors and all(t.cap or t.word in _NAME_JOINERS for t in after[:n]))
                        and (tok.word not in self.place_connectors or after[n + 1].cap or not self.place_connectors_forward)
                        or name_article):
                    break  # ("Le Figaro", "La Stampa": a capitalised article opens a name)
            if (self.determiner_ends_np and n >= 2 and tok.word in self.determiners and last == n - 1
                    and after[n - 1].word not in self.speaker_connectors):
                # "The council approved the plan": a determiner after a verb starts its object
                last = n - 2
                break
            if (self.np_after_noun_stop and n > 0 and tok.word in self.np_after_noun_stop and not tok.cap
                    and (after[n - 1].cap and after[n - 1].is_word and after[n - 1].word not in self.determiners
                         or after[n - 1].word in (")",) + tuple(_QUOTE_MARKS))):
                break  # "laut Karl den sozialen Abstieg", "nach Angaben der Gewerkschaft den Abbau": a case no attribute takes
            if self.np_continuers and not tok.cap and any(t.cap for t in after[:n]) and tok.word not in self.np_continuers:
                # capitalised nouns (de): after the head noun only genitives, names and an adjective
                # before a noun go on ("Angaben der Polizei", "Schätzungen französischer Behörden")
                nxt = after[n + 1] if n + 1 < len(after) else None
                bare = n > 0 and (after[n - 1].cap and after[n - 1].is_word and after[n - 1].word not in self.determiners
                                  or after[n - 1].word == ")")  # a noun, no article (or its short form in parentheses)
                if not (nxt is not None and nxt.cap and nxt.is_word
                        and tok.word.endswith(self.bare_adjective_endings if bare else self.adjective_endings)
                        and (tok.word not in self.determiners or tok.word in self.np_continuers)):
                    break  # "Dirk Lorenzen dem Deutschlandfunk": a determiner opens the next phrase
            taken += 1
            last = n
        if self.np_continuers:
            while last > 0 and after[last].word in self.np_continuers:
                last -= 1
        if last < 0:
            return None
        return after[0].start, after[last].end

    def _free_tail(self, rest: list[Tok]) -> bool:
        """`postposed_free_tail`: after an inverted speaker anything but a new report may follow
        ("…, sagte X dem Sender „Al Jazeera“ am Rande einer Konferenz, die …")."""
        return self.postposed_free_tail and not any(t.word in self.complementizers or t.word == ":" for t in rest)

    def _clause_ends(self, after: list[Tok], quoted: bool = False) -> bool:
        """Nothing but a short adjunct ('on Tuesday', 'in a statement') follows before the end."""
        words = 0
        # "…, she said in an interview with a local radio station on Sunday": a phrase opened by a
        # preposition (or a listener: "told reporters at …") may run longer than a bare adjunct;
        # after a quotation any listener may ('"…," he told the joint committee on export controls.')
        limit = self.max_adjunct_words * (2 if quoted or after and after[0].word in self.adjunct_openers
                                          and after[0].word not in self.determiners else 1)
        for n, tok in enumerate(after):
            if tok.word in ("(", "["):
                break  # a parenthesis after the speaker is an aside
            if (quoted and tok.word == "," and n + 2 < len(after) and after[n + 1].word in self.coordinated_subject
                    and after[n + 2].is_word):
                break  # '"You winning?" she said, but Kevin was drifting off': a new clause after the attribution
            if quoted and tok.word == "." and 0 < n < len(after) - 1 and after[n + 1].word == "," and after[n - 1].cap:
                continue  # an abbreviation's point before a comma ("N.C.,")
            if quoted and tok.word == "," and 0 < n < len(after) - 1 and after[n - 1].cap and after[n + 1].cap:
                continue  # '"…," he said in Kinston, N.C., …': a place and its state
            if (quoted and tok.word == "," and n + 2 < len(after) and after[n + 1].word in self.coordinated_subject
                    and after[n + 2].word in _QUOTE_MARKS and words <= limit):
                return True  # '"…," he said, but "…"': the quotation goes on after the coordinator
            if quoted and n >= 2 and words <= limit and (
                    tok.word == "," and n + 1 < len(after) and after[n + 1].word in _QUOTE_MARKS
                    or any(t.word in self.adjunct_openers and t.word in self.speaker_stop for t in after[:n - 1])
                    and (tok.word in self.relative_complementizers or tok.word in self.relative_openers)
                    and after[n - 1].is_word and after[n - 1].word not in self.speaker_stop):
                # after a quotation: '"…," he said during a rally in Kinston, N.C., "but …"' (the quotation resumes)
                # and '"…," she said on a boat that sailed …' (a relative clause on the adjunct's noun)
                return True
            if tok.word in _BOUNDARY or tok.word in self.complementizers or tok.word in _QUOTE_MARKS:
                return False
            if tok.word in self.clause_verbs:
                return False  # "- the ministry said the drills had ended.": a clause, what was said, follows
            if tok.is_word:
                words += 1
        return words <= limit

    def _content_before(self, doc: Doc, sent: Sentence, toks: list[Tok]) -> tuple[int, int] | None:
        if not toks:
            return None
        if (toks[0].word in self.adjunct_only_openers or self.opening_participles and toks[0].cap and toks[0].word in self.participles
                and toks[0].start == sent.start) and not any(t.word == "," for t in toks):
            return None  # "Despite the ministry's assurances …, the build-up continued": an adjunct, not what was said
        start, end = toks[0].start, toks[-1].end
        text = doc.text
        m = end
        while m < len(text) and m - end < 3 and text[m] in " ,":
            m += 1  # '…days,” X said': the closing mark after the comma belongs to the content
        if m < len(text) and text[m] in _QUOTE_MARKS and text[end - 1] not in _QUOTE_MARKS:
            q = doc.quote_containing(m - 1)
            if q and q[1] == m and q[0] < start:
                end = m + 1
        e = end
        while e - 1 > start and text[e - 1] in " ,-–—":
            e -= 1  # ru/uk '«…», — сказал X': the comma and dash after the closing mark
        if text[e - 1] in _QUOTE_MARKS:
            q = doc.quote_containing(e - 2)
            if q and q[1] == e - 1:
                start = min(start, q[0])  # a quotation over several sentences: from its opening mark
        start, end = strip_span(text, start, end, " \t\r\n,;:-–—")
        if _word_count(doc.text, start, end) < 2 or _is_dateline(text, start, end):
            return None
        return start, end

    def _quote_just_before(self, doc: Doc, pos: int) -> tuple[int, int] | None:
        p = pos - 1
        while p >= 0 and doc.text[p].isspace() and pos - p < 4:
            p -= 1
        if p < 0 or doc.text[p] not in _QUOTE_MARKS:
            return None
        q = doc.quote_containing(p)
        if not q or q[1] != p:
            return None
        start, end = strip_span(doc.text, q[0] + 1, q[1])
        return (start, end) if _word_count(doc.text, start, end) >= 2 else None

    def _content_after(self, doc: Doc, sent: Sentence, toks: list[Tok]) -> tuple[int, int] | None:
        while toks and not toks[0].is_word and toks[0].word not in _QUOTE_MARKS:
            toks = toks[1:]
        if not toks:
            return None
        start = toks[0].start
        end = self._content_end(doc, sent, start)
        if _word_count(doc.text, start, end) < 2:
            return None
        return start, end

    def _content_end(self, doc: Doc, sent: Sentence, start: int) -> int:
        """End of a content that starts at `start`: the end of the sentence, or of the quotation
        that the content opens if that is later; final punctuation dropped."""
        return _rstrip(doc.text, start, self._quote_extended_end(doc, start, sent.end))

    def _quote_extended_end(self, doc: Doc, start: int, end: int) -> int:
        if doc.text[start] in _QUOTE_MARKS:
            for q in doc.quotes:
                if q[0] == start:
                    return max(end, q[1] + 1)
                if q[0] > start:
                    break
        return end

    def _verb_initial(self, doc, sent, before, after, cue):
        """CUE SPEAKER [adjunct] that|:|“ CONTENT, the cue opening its clause."""
        c = _clause_open(before, len(before))
        if any(t.word not in self.skip_before_cue for t in before[c:]):
            return None
        speaker = self._np_forward(after)
        if speaker is None:
            return None
        verb = doc.folded[cue.start:cue.end]
        if self.addressee_prefixes and verb in self.addressee_cues:
            # "هددت كوريا الشمالية الولايات المتحدة بالرد": a prefixed preposition (not inside a name: "جو بايدن" folds
            # to a word that starts like "بأ") ends the parties
            names = doc.mentions_in(*speaker)
            k = next((k for k in range(1, _count_until(after, speaker[1]))
                      if after[k].word.startswith(self.addressee_prefixes) and len(after[k].word) > 3
                      and not any(m.start < after[k].end and after[k].start < m.end for m in names)), None)
            if k is not None:
                speaker = (speaker[0], after[k - 1].end)
        speaker, addressee = _split_addressee(doc, speaker)
        if addressee is None and self.definite_prefixes and (
                verb in self.addressee_cues or self.addressee_stems and verb.startswith(self.addressee_stems)):
            speaker, addressee = self._trailing_addressee(doc, speaker)
        rest = after[_count_until(after, (addressee or speaker)[1]):]
        if rest and rest[0].word in self.addressee_prepositions and (
                verb in self.addressee_cues or self.addressee_stems and verb.startswith(self.addressee_stems)):
            rest = [Tok(rest[0].start, rest[0].start, ":")] + rest[1:]  # "حذرت إيران الولايات المتحدة من …"
        elif (rest and self.addressee_prefixes and rest[0].word.startswith(self.addressee_prefixes)
              and len(rest[0].word) > 3 and verb in self.addressee_cues):
            rest = [Tok(rest[0].start, rest[0].start, ":")] + rest  # "اتهمت موسكو واشنطن بتأجيج الصراع": the prefix opens it
        window = self.max_addressee + 2 + (self.max_speaker if rest and rest[0].word == "," else 0)
        # ar "قال X، المتحدث باسم الوزارة، في إجابة على سؤال عن …، مع …، بأن …": an apposition and a long adjunct set off
        # by commas (quoted names inside), then ', that' opens what was said
        far = next((k for k in range(2, min(len(rest), 3 * self.max_adjunct_words + 4))
                    if rest[k].word in self.complementizers and rest[k - 1].word == ","), None) if rest and rest[0].word == "," else None
        if far is not None and (far < window or not all(t.is_word or t.word in ",()" or t.word in _QUOTE_MARKS for t in rest[:far])):
            far = None
        if far is not None and addressee is None:
            j = next(k for k in range(1, far) if rest[k].word == ",")
            if j > 1 and not self._adjunct_opens(rest[1]) and all(t.is_word or t.word in "()" for t in rest[1:j]):
                speaker = (speaker[0], rest[j - 1].end)  # the apposition names the speaker
        if far is None and verb in self.object_cues and addressee is None and len(rest) > 4 and rest[0].word == ",":
            # ar "نفى X، المتحدث باسم الوزارة، خبر نقل …": the apposition closed by a comma, then the object
            j = next((k for k in range(2, min(len(rest), window)) if rest[k].word == ","), None)
            if (j is not None and j + 2 < len(rest) and rest[j + 1].is_word and rest[j + 1].word not in self.complementizers
                    and not self._adjunct_opens(rest[1]) and all(t.is_word or t.word in "()" for t in rest[1:j])):
                cstart, cend = rest[j + 1].start, self._content_end(doc, sent, rest[j + 1].start)
                if _words_between(rest, cstart, cend) >= 2:
                    return _kind(doc.text, cstart), (speaker[0], rest[j - 1].end), (cstart, cend), None
        for n, tok in enumerate(rest[:window] if far is None else ()):
            if tok.word in self.complementizers or tok.word == ":":
                n += 1
                break
            if tok.word in _QUOTE_MARKS:
                break
            if not tok.is_word and tok.word not in ",()":
                return None
        else:
            if far is None:
                return None
            n = far + 1
        if n >= len(rest) or n > self.max_addressee + 2 and rest[n - 1].word not in self.complementizers:
            return None  # (beyond the usual reach only an apposition closed by ', that' leads to the content)
        if addressee is None and n > 3 and rest[n - 1].word in self.complementizers and rest[0].word == "," and rest[n - 2].word == "," and not self._adjunct_opens(rest[1]) and all(
                t.is_word or t.word in "()" for t in rest[1:n - 2]):
            speaker = (speaker[0], rest[n - 3].end)  # "قال جيف ديفيز، المتحدث باسم البنتاغون، إن …": the apposition names the speaker
        elif addressee is None and n > 2 and rest[n - 1].word == ":" and rest[0].word == "," and not self._adjunct_opens(rest[1]) and all(
                t.is_word or t.word in "()" for t in rest[1:n - 1]):
            speaker = (speaker[0], rest[n - 2].end)  # "قال جيف ديفيز، متحدث باسم البنتاغون: «…»": the apposition up to the colon
        cstart = rest[n].start
        # what was said ends where the speaker goes on to a second report ("…، مضيفا أن …")
        cend = self._next_report_start(doc, sent, rest, n, self._content_end(doc, sent, cstart))
        cstart, cend = strip_span(doc.text, cstart, cend, " \t\r\n,;:")
        if _words_between(rest, cstart, cend) < 2:
            return None
        if rest[n - 1].word in self.complementizers and not self.content_drops_complementizer:
            cstart = rest[n - 1].start  # ar "قال X إن …": the complementizer opens what was said, as in the preposed order
        return _kind(doc.text, cstart), speaker, (cstart, cend), addressee

    def _trailing_addressee(self, doc: Doc, speaker: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """ar "دعا الوزير حلف الناتو إلى …": a country or organisation after a definite noun (`definite_prefixes`)
        is no genitive of it ("وزير خارجية إيران") but the party called on or warned."""
        text = doc.text
        last = next((m for m in reversed(doc.mentions_in(*speaker)) if m.end == speaker[1]), None)
        if last is None or last.how not in ("country", "capital", "organisation") or last.start <= speaker[0]:
            return speaker, None
        before = text[speaker[0]:last.start]
        words = before.split()
        if not before.endswith(" ") or not words or not fold(words[-1]).startswith(self.definite_prefixes):
            return speaker, None
        if self.genitive_prefixes and doc.folded.startswith(self.genitive_prefixes, last.start):
            return speaker, None  # "الأمين العام للأمم المتحدة": "of the United Nations"
        return (speaker[0], speaker[0] + len(before.rstrip())), (last.start, speaker[1])

    # -- scriptio continua (zh, ja): phrases are substrings, not runs of word tokens ---------
    def _read_continua(self, doc: Doc, sent: Sentence, toks: list[Tok], cue: Match):
        if cue.kind == ACCORDING_BEFORE:
            return self._continua_according_before(doc, sent, cue)
        if cue.kind == ACCORDING_AFTER:
            return self._continua_according_after(doc, sent, cue)
        if self._inside_quote(doc, sent, cue.start):
            return None
        if self.verb_final:
            return self._verb_final(doc, sent, toks, cue)
        return self._continua_cue(doc, sent, cue)

    def _clause_start(self, doc: Doc, lo: int, hi: int) -> int:
        """Start of the run of name characters that ends at hi (no punctuation, space or quote)."""
        folded = doc.folded
        p = hi
        while p > lo:
            if folded[p - 1].isalnum() or folded[p - 1] in "·・-_.&":
                p -= 1
            elif folded[p - 1] == ")" and (o := folded.rfind("(", max(lo, p - 40), p - 1)) > lo and folded[o - 1].isalnum():
                p = o  # "巴拉特（Barratt）说": a name's gloss in parentheses
            else:
                break
        return p

    def _first_stop(self, seg: str, names: tuple[tuple[int, int], ...] = ()) -> int:
        """Offset in seg of the earliest speaker stop (a listed substring or the stop regex) that
        is not inside a name (`names`: spans of actor mentions relative to seg; 也门 holds 也)."""
        cut = len(seg)
        for stop in self.speaker_stop:
            at = seg.find(stop)
            while at != -1 and (any(a <= at < b for a, b in names) or stop in self.speaker_joiners
                                and any(b == at for a, b in names) and any(a == at + len(stop) for a, b in names)):
                at = seg.find(stop, at + 1)
            if at != -1 and at < cut:
                cut = at
        if self.stop_regex is not None:
            m = self.stop_regex.search(seg)
            if m and m.start() < cut:
                cut = m.start()
        return cut

    def _continua_right_part(self, folded: str, start: int, end: int, doc: Doc | None = None) -> int:
        """Start of the part after the last speaker stop in folded[start:end] (the noun right before a particle);
        with `doc`, named parties joined by a `speaker_joiners` stop stay together ("米国と欧州連合は")."""
        seg = folded[start:end]
        best = start
        for stop in self.speaker_stop:
            at = seg.rfind(stop)
            if at != -1:
                best = max(best, start + at + len(stop))
        if doc is not None and self.speaker_joiners and best > start:
            names = doc.mentions_in(start, end)
            while best > start:
                joiner = next((j for j in self.speaker_joiners if folded.startswith(j, best - len(j))), None)
                left = next((m for m in names if joiner and m.end == best - len(joiner)), None)
                if left is None or not any(m.start == best for m in names):
                    break
                best = left.start  # "A、B和C": each joined name in turn
        return best

    def _continua_cue(self, doc: Doc, sent: Sentence, cue: Match):
        """SPEAKER [adjuncts] CUE [，：] CONTENT, or “CONTENT”，SPEAKER CUE。 (zh)."""
        text, folded = doc.text, doc.folded
        start = self._clause_start(doc, sent.start, cue.start)
        seg = folded[start:cue.start]
        names = tuple((m.start - start, m.end - start) for m in doc.mentions_in(start, cue.start))
        n = self._first_stop(seg, names)
        speaker = (start, start + n)
        if n == 0 or n > self.max_speaker_chars:
            # "但有专家警告说" / "於2004年…的戈梅里表示": the noun right before the cue, after the
            # last stop, or after the last 的 of a long modifier
            right = self._continua_right_part(folded, start, cue.start, doc)
            if cue.start - right > self.max_speaker_chars:
                right = max(right, folded.rfind("的", right, cue.start) + 1)
            pronoun = self._pronoun_in_openers(seg.strip()) if self.pro_drop and cue.start == right else None
            if pronoun is not None and start > sent.start:
                # "……，同时他还称……": openers around a subject pronoun; the pronoun speaks
                at = start + len(seg) - len(seg.lstrip()) + pronoun[0]
                speaker = (at, at + pronoun[1])
            elif (self.pro_drop and cue.start == right and start > sent.start and folded[cue.end:cue.end + 1] != "、"
                    and seg.strip() in self.pro_drop_openers):
                # "……发表讲话，并表示……": the subject left out: the speaker of this sentence's earlier cue
                # ("穆阿利姆表示……，并指责……"), else the latest person speaking
                speaker = next(((st.speaker.start, st.speaker.end) for st in reversed(doc.statements)
                                if st.sentence == sent.index and st.speaker and st.speaker.end <= start), None)
                if speaker is None and self.speaker_joiners:
                    # "外交部召见美国大使，并表示……": the subject opening the sentence, up to its first stop
                    lead = folded[sent.start:start]
                    lead_names = tuple((m.start - sent.start, m.end - sent.start) for m in doc.mentions_in(sent.start, start))
                    k = self._first_stop(lead, lead_names)
                    if 0 < k <= self.max_speaker_chars and all(ch.isalnum() or ch in "·・-_.&" for ch in lead[:k]):
                        speaker = (sent.start, sent.start + k)
            elif not 0 < cue.start - right <= self.max_speaker_chars:
                return None
            else:
                speaker = (right, cue.start)
        rest = folded[cue.end:sent.end]
        if not any(ch.isalnum() for ch in rest):
            # postposed: “……”，王毅说。 / “……”王毅说。 (the quotation may close the previous sentence)
            p = start
            while p > sent.start and folded[p - 1] in " ,:":
                p -= 1
            if p > sent.start and text[p - 1] in _QUOTE_MARKS:
                q = doc.quote_containing(p - 1)
                if q and q[1] == p - 1:
                    return "direct", speaker, strip_span(text, q[0] + 1, q[1]), None
            if p == sent.start:
                content = self._quote_just_before(doc, sent.start)
                return ("direct", speaker, content, None) if content else None
            if p < start:  # CONTENT，SPEAKER说。 without quotation marks
                content = strip_span(text, sent.start, p)
                return ("indirect", speaker, content, None) if content[1] - content[0] >= 4 else None
            return None
        c = cue.end
        while c < sent.end and folded[c] in " ,:":
            c += 1
        addressee = None
        first = doc.mentions_in(c, min(sent.end, c + self.max_speaker_chars))
        if first and first[0].start == c and first[0].end < sent.end and folded[first[0].end] == ",":
            # 警告美国，如果……: the party warned, then what it was told
            addressee = (c, first[0].end)
            c = first[0].end + 1
        elif folded[cue.start:cue.end] in self.addressee_only_cues:
            return None  # "构成威胁", "威胁美国的安全": a threat, not what was said
        cend = self._content_end(doc, sent, c)
        if self.pro_drop_openers and cend <= sent.end:
            cend = self._continua_next_report(folded, c, cend)
        c, cend = strip_span(text, c, cend, " \t\r\n,;:，：；")
        if cend - c < 2:
            return None
        return _kind(text, c), speaker, (c, cend), addressee

    def _pronoun_in_openers(self, seg: str) -> tuple[int, int] | None:
        """zh "同时他还": a row of pro-drop openers with one subject pronoun in it: (offset, length) of the pronoun."""
        q, found = 0, None
        while q < len(seg):
            opener = next((o for o in self._chain_openers if seg.startswith(o, q)), None)
            if opener is None:
                return None
            pronoun = next((p for p in self.pronouns if opener.startswith(p)), None)  # "他", "他还"
            if pronoun is not None:
                found = (q, len(pronoun))
            q += len(opener)
        return found

    def _continua_next_report(self, folded: str, c: int, cend: int) -> int:
        """zh "…表示X，并指责Y": the content ends where the same speaker goes on to a second cue after a comma
        and a pro-drop opener (并, 同时, 还 …); that cue reports Y itself."""
        p = folded.find(",", c, cend)
        while p != -1:
            q = p + 1
            for _ in range(3):
                opener = next((o for o in self._chain_openers if folded.startswith(o, q)), None)
                if opener is None:
                    break
                q += len(opener)
                if folded.startswith(self._cue_starts, q):
                    return p
            p = folded.find(",", p + 1, cend)
        return cend

    def _continua_according_before(self, doc: Doc, sent: Sentence, cue: Match):
        """据 SPEAKER 报道/称，CONTENT: the marker opens the clause and a closing word ends the source."""
        folded = doc.folded
        if cue.start > sent.start and folded[cue.start - 1].isalnum():
            return None  # 数据, 证据: the marker inside a word
        end = cue.end
        while end < sent.end and (folded[end].isalnum() or folded[end] in "·・-_.&()"):
            end += 1  # "据德新社（DPA）的消息": a parenthesised gloss stays in the source
        seg = folded[cue.end:end]
        close = min(((seg.find(w), w) for w in self.according_close if seg.find(w) > 0), default=None)
        if close is None and end < sent.end and folded[end] == "," and 0 < end - cue.end <= self.max_speaker_chars:
            close = (end - cue.end, "")  # "根据流程，……": the source runs to the comma
        if close is None:
            return None
        n = min(close[0], self._first_stop(seg))
        if n == 0 or n > self.max_speaker_chars:
            return None
        speaker = (cue.end, cue.end + n)
        c = cue.end + close[0] + len(close[1])
        while c < sent.end and folded[c] in " ,:":
            c += 1
        cend = self._content_end(doc, sent, c)
        if cend - c < 2:
            return None
        return "according_to", speaker, (c, cend), None

    def _continua_according_after(self, doc: Doc, sent: Sentence, cue: Match):
        """SPEAKER によると、CONTENT: the source is the noun right before the marker."""
        folded = doc.folded
        start = self._clause_start(doc, sent.start, cue.start)
        start = self._continua_right_part(folded, start, cue.start)
        if cue.start - start < 1 or cue.start - start > self.max_speaker_chars:
            return None
        c = cue.end
        while c < sent.end and folded[c] in " ,:、":
            c += 1
        cend = self._content_end(doc, sent, c)
        if cend - c < 2:
            return None
        return "according_to", (start, cue.start), (c, cend), None

    # -- output ------------------------------------------------------------------------------
    def _split_coordinated(self, doc: Doc, sent: Sentence, emitted: list[Statement]) -> None:
        """Two reports side by side in one sentence ("A said X, and B warned Y"; zh "…，称…"; ja "…を強調し、…と
        述べた"): the content of one stops at the clause mark before the other's speaker or cue, or starts after
        the other's cue. A report nested in the content ("said that B warned that") has no clause mark before
        it and stays; nor is a quotation cut."""
        text, folded = doc.text, doc.folded
        for a in emitted:
            for b in emitted:
                a0, a1 = a.content.start, a.content.end
                if b is a or b.cue is None or not a0 < b.cue.start < a1 or self._inside_quote(doc, sent, b.cue.start):
                    continue
                if b.content.end <= b.cue.start and b.content.start >= a0:
                    # the other's content and cue open this content; it goes on after the cue's clause mark
                    if b.cue.end < a1 and text[b.cue.end] in ",，、;；،؛":
                        start = strip_span(text, b.cue.end, a1)[0]
                        if start < a1:
                            a.content = Span(**span_fields(text, start, a1))
                    continue
                if (b.content.end <= b.cue.start and b.content.start <= (a.cue.start if a.cue else a0) < b.content.end < a1
                        and any(ch in ",，،—–" for ch in text[b.content.end:b.cue.start + 1])):
                    # "A said X, according to B" (ar verb-initial "قال A إن X، حسب B"): B, set off by a comma, reports
                    # A's whole clause, so A's content ends where B's does
                    c0, c1 = strip_span(text, a0, b.content.end)
                    if c1 > c0 and any(ch.isalnum() for ch in text[c0:c1]):
                        a.content = Span(**span_fields(text, c0, c1))
                    continue
                if b.content.start < b.cue.end:
                    continue
                cut = b.speaker.start if b.speaker and a0 < b.speaker.start < b.cue.start else b.cue.start
                end = strip_span(text, a0, cut, _SPACES)[1]
                link = next((w for w in self.clause_links if folded.endswith(w, a0, end)
                             and (self.continua or end - len(w) == a0 or not text[end - len(w) - 1].isalnum())), None)
                if link:
                    end = strip_span(text, a0, end - len(link), _SPACES)[1]
                if end > a0 and text[end - 1] in ",，、;；،؛":
                    c0, c1 = strip_span(text, a0, end - 1)
                    if c1 > c0 and any(ch.isalnum() for ch in text[c0:c1]):
                        a.content = Span(**span_fields(text, a0, c1))

    def _emit(self, doc, sent, kind, speaker, cue, content, addressee) -> None:
        text = doc.text
        c0, c1 = _quotes_paired(doc, *content)
        if self.content_drops_complementizer:
            head = doc.folded[c0:c1].replace("’", "'")
            comp = next((w for w in self.complementizers if head.startswith(w) and (
                w.endswith("'") or len(head) > len(w) and not head[len(w)].isalnum())), None)
            if comp is not None and _word_count(text, c0 + len(comp), c1) >= 1:
                c0 = strip_span(text, c0 + len(comp), c1, " \t\r\n,")[0]
        dateline = _DATELINE.match(text, c0, c1)
        if dateline and dateline.group(1).isupper() and (c0 == 0 or text[c0 - 1] == "\n"):
            c0 = dateline.end()  # "TEHRAN (FNA)- Iraq's army has …": the dateline is no part of what was said
        if c1 <= c0:
            return
        if speaker is None:  # pro-drop: no speaker phrase; the speaker is the latest person speaking
            cue_start = cue.start
            # (not for an impersonal cue: "Ранее сообщалось, что …" names no one)
            mention = None if doc.folded[cue.start:cue.end] in self.impersonal_cues or cue.start in doc.speakerless_cues \
                else self._antecedent(doc, cue.start)
            speaker_span = span_fields(text, mention.start, mention.end) if mention else None
        else:
            s0, s1 = self._trim_adjuncts(doc, *strip_span(text, *speaker))
            if not self.cues_lowercase and self.adjunct_openers and s1 <= cue.start:
                s0 = self._subject_after_adjunct(doc, sent, s0, s1)
            if self.speaker_relatives:
                rel = _RELATIVE_RE.search(doc.folded, s0, s1)
                while rel and rel.group(1) not in self.speaker_relatives:
                    rel = _RELATIVE_RE.search(doc.folded, rel.end(), s1)
                if rel and rel.start() > s0:
                    s1 = rel.start()  # "Moualem, který je také premiérem, řekl": the relative clause is no part of the name
            lead = _WORD_RE.match(doc.folded, s0, s1)
            if lead and lead.group() in self.coordinated_subject and s1 - lead.end() > 1:
                s0 = strip_span(text, lead.end(), s1)[0]  # "…, y el presidente advirtió": the conjunction joins, not speaks
            s1 = self._trim_trailing_time(doc, s0, s1)
            dash = _SPACED_DASH.search(text, s0, s1)
            if dash and (self._time_only(doc, s0, dash.start()) or _is_dateline(text, s0, dash.start())):
                s0 = dash.end()  # "KYIV, Dec 5 — The army said": the dateline's date opens no speaker
            if s1 < len(text) and text[s1] in ")）" and ("(" in text[s0:s1] or "（" in text[s0:s1]):
                s1 += 1  # "Sen. Jane Doe (D-Ore.)": the parenthesis stays whole
            if s1 < len(text) and text[s1] in _QUOTE_MARKS and sum(ch in _QUOTE_MARKS for ch in text[s0:s1]) % 2:
                s1 += 1  # 'des Magazins „Der Spiegel“': the quoted name keeps its closing mark
            if s1 <= s0 or self._time_only(doc, s0, s1):
                return  # "…, said Tuesday", "late August": a time is no speaker
            if self.speaker_connectors and doc.folded[s0:s1].rsplit(None, 1)[-1] in self.speaker_connectors:
                return  # "…, one of fear": a phrase that ends in a preposition names no speaker (the cue is a noun)
            cue_start = self._cue_prefix(text, s1, cue.start) if self.cue_prefix_words and s1 <= cue.start else cue.start
            clitic = _CLITIC_RE.fullmatch(doc.folded, s0, s1) if self.clitic_subjects and s1 <= cue.start else None
            if clitic and clitic.group(1) in self.clitic_subjects:
                # "« … », a-t-il déclaré": the subject clitic speaks; the auxiliary it hangs on opens the cue
                s0, cue_start = clitic.start(1), s0
            speaker_span = span_fields(text, s0, s1)
            mention = self._speaker_actor(doc, s0, s1, (c0, c1))
        if not self.continua and text[cue_start].isalpha():
            while cue_start > 0 and text[cue_start - 1].isalpha() and cue_start > sent.start:
                cue_start -= 1  # a clitic written onto the cue belongs to its word (ar "وقال")
        cue_end = cue.end
        if self.cue_drop_prefix and text.startswith(self.cue_drop_prefix, cue_start) and cue_end - cue_start > 1:
            cue_start += next(len(p) for p in self.cue_drop_prefix if text.startswith(p, cue_start))  # ja "と述べ" → "述べ"
        if self.cue_extend_kana:
            while cue_end < sent.end and "\u3041" <= text[cue_end] <= "\u309f" and cue_end - cue.end < 6:
                cue_end += 1  # the verb's inflection: "述べ" → "述べた", "述べている"
        while cue_end - cue_start > 1 and not text[cue_end - 1].isalnum():
            cue_end -= 1  # zh "称，": the punctuation that told the cue apart is no part of it
        while cue_end - cue_start > 1 and text[cue_start] in ", " and text[cue_end - 1].isalnum():
            cue_start += 1  # de "…, so der Minister", "Berichte, wonach …": the comma before the cue word neither
        parts: list[tuple[int, int]] = []
        if (self.according_after_nouns and cue.kind == ACCORDING_AFTER and speaker_span is not None
                and speaker_span["end"] <= cue_start):
            lead = _WORD_RE.match(doc.folded, cue_start, cue_end)
            last = list(_WORD_RE.finditer(doc.folded, cue_start, cue_end))[-1]
            if lead and lead.group() in self.according_after_nouns and last.start() > lead.start():
                # "seiner Meinung nach": the noun is the source's, the postposition alone is the cue
                speaker_span = span_fields(text, speaker_span["start"], lead.end())
                cue_start = last.start()
        elif cue.kind == CUE and (self.cue_part_auxiliaries or self.cue_part_particles or self.cue_part_openers):
            verb = doc.folded[cue_start:cue_end]
            lead = _WORD_RE.match(doc.folded, c0, c1) if c0 > cue_end else None
            if lead and lead.group() in self.separable.get(verb, frozenset()) | self.cue_part_particles.get(verb, frozenset()):
                comma = text.find(",", lead.end(), c1)
                if comma >= 0 and not text[lead.end():comma].strip():
                    # "forderte ihre Mitglieder dazu auf, am Freitag zu streiken": the particle closes the clause
                    c0 = strip_span(text, comma + 1, c1)[0]
            parts = self._cue_parts(doc, sent, cue_start, cue_end, (c0, c1), speaker_span)
        digest = sha1_hex(f"{doc.article_id}|{cue.start}|{c0}|{c1}")[:16]
        statement = build(Statement, {  # the spans as fields: one validation for the statement and its spans
            "id": f"st-{digest}",
            "article_id": doc.article_id,
            "kind": kind,
            "speaker": speaker_span,
            "speaker_actor": mention.actor if mention else None,
            "cue": span_fields(text, cue_start, cue_end),
            "content": span_fields(text, c0, c1),
            "addressee": span_fields(text, *addressee) if addressee else None,
            "cue_parts": [span_fields(text, a, b) for a, b in parts],
            "sentence": sent.index,
            "cue_class": self._cue_class(doc.folded[cue.start:cue.end]),
        })
        doc.add_statement(statement, mention)

    def _cue_class(self, cue_text: str) -> str:
        """The class of a cue (`statements.cue_classes`): the whole cue's, else its last word's ("has shown"); speech
        by default."""
        if not self.cue_class:
            return "speech"
        return self.cue_class.get(cue_text) or self.cue_class.get(cue_text.rsplit(" ", 1)[-1], "speech")

    def _cue_parts(self, doc: Doc, sent: Sentence, c0: int, c1: int, content: tuple[int, int],
                   speaker: dict | None = None) -> list[tuple[int, int]]:
        """The other words of a cue split over its clause: the clause runs from the last clause mark
        before the cue to the next one after it (or to what was said); inside it a finite auxiliary
        before or right after the cue, the cue verb's particle after it, and an as-clause conjunction
        opening the clause ("Wie das Ministerium am Montag mitteilte")."""
        folded = doc.folded
        lo = c0
        while lo > sent.start and folded[lo - 1] not in _CLAUSE_MARKS and folded[lo - 1] not in _QUOTE_MARKS:
            lo -= 1
        # an inverted speaker with its apposition stands inside the clause ("teilte Anna Berg, die Sprecherin, mit")
        s0, s1 = (speaker["start"], speaker["end"]) if speaker and c1 <= speaker["start"] < content[0] else (c1, c1)
        hi = max(c1, s1)
        stop = content[0] if content[0] >= c1 else sent.end
        if hi < stop and folded[hi] == ",":
            hi += 1
        while hi < stop and folded[hi] not in _CLAUSE_MARKS and folded[hi] not in _QUOTE_MARKS:
            hi += 1
        cue_words = [m.group() for m in _WORD_RE.finditer(folded, c0, c1)]
        before = list(_WORD_RE.finditer(folded, lo, c0))
        after = [m for m in _WORD_RE.finditer(folded, c1, hi) if not s0 <= m.start() < s1]
        parts: list[tuple[int, int]] = []
        if before and before[0].group() in self.cue_part_openers and before[0].group() not in cue_words:
            parts.append(before[0].span())  # "Wie … mitteilte", "wie … berichtet"
        if not any(w in self.cue_part_auxiliaries for w in cue_words):
            if after and after[0].group() in self.cue_part_auxiliaries and after[0].start() - c1 <= 1:
                parts.append(after[0].span())  # "…, wie er erklärt hatte": verb-final
            else:
                aux = next((m for m in before if m.group() in self.cue_part_auxiliaries), None)
                if aux is not None and not any(m.group() in self.coordinated_subject for m in before if m.start() > aux.start()):
                    parts.append(aux.span())  # "Der Minister hatte am Montag erklärt"
        if cue_words and len(cue_words) == 1:
            particles = self.separable.get(cue_words[0], frozenset()) | self.cue_part_particles.get(cue_words[0], frozenset())
            found = [m for m in after if m.group() in particles]
            if found:
                p0, p1 = found[-1].span()  # "teilte das Ministerium am Montag mit"
                k = after.index(found[-1])
                if k > 0 and after[k - 1].group() in self.cue_part_adverbs and not folded[after[k - 1].end():p0].strip():
                    p0 = after[k - 1].start()  # "geht … davon aus", "wies … darauf hin": the adverb goes with the particle
                parts.append((p0, p1))
        return sorted(parts)

    def _trim_trailing_time(self, doc: Doc, s0: int, s1: int) -> int:
        """A time phrase closing a speaker phrase is no part of it ("said the minister on Monday", "was
        repeated by the council in 2015"): a connector, then only time words and numbers."""
        if not self.speaker_connectors or self.continua:
            return s1
        last = _JOINED_WORD_RE.findall(doc.folded, s0, s1)  # (perf: strings first, match objects only when needed)
        if not last or last[-1] not in self.content_time_words and not last[-1].isdigit():
            return s1  # no time word at the end: most phrases
        words = list(_JOINED_WORD_RE.finditer(doc.folded, s0, s1))
        k = len(words) - 1
        while k > 0 and (words[k].group() in self.content_time_words or words[k].group().isdigit()):
            k -= 1
        if k == len(words) - 1 or k <= 0:
            return s1
        if words[k + 1].group() in self.speaker_connectors and k + 1 < len(words) - 1:
            k += 1  # "on Monday": the connector is itself a time word
        elif words[k].group() not in self.speaker_connectors:
            return s1
        return _rstrip(doc.text, s0, words[k].start()) if k > 0 else s1

    def _time_only(self, doc: Doc, s0: int, s1: int) -> bool:
        """'Tuesday', 'late August', '2008': a phrase of time words and numbers, no speaker."""
        time_words = self.content_time_words
        for w in _WORD_RE.findall(doc.folded, s0, s1):
            if w not in time_words and not w.isdigit():
                return False
        return True

    def _trim_adjuncts(self, doc: Doc, s0: int, s1: int) -> tuple[int, int]:
        """Time and place words that open a speaker phrase are no part of it ("Ранее глава МИД",
        "kedden Mark Rutte", "Yesterday the minister")."""
        if self.continua:
            return s0, s1
        folded = doc.folded
        while True:
            m = _JOINED_WORD_RE.match(folded[s0:s1])
            if m is None or m.end() >= s1 - s0:
                return s0, s1
            word = m.group()
            cut = _glue_cut(doc.text, s0, s0 + m.end()) if self.glued_words else None
            if cut is not None and (word[:cut - s0] in self.skip_before_cue or self._adjunct_word(Tok(s0, cut, word[:cut - s0]))):
                s0 = cut  # "szerdánVolodimir Zelenszkij": the glued time word is no part of the speaker
                continue
            nxt = doc.text[strip_span(doc.text, s0 + m.end(), s1)[0]:s1][:1]
            if doc.text[s0].isupper() and nxt.isupper():
                return self._trim_trailing_adjunct(doc, s0, s1)  # "Le Figaro", "La Stampa": a capitalised article of a name
            if not (word in self.skip_before_cue and word not in self.determiners and word not in self.pronouns
                    and word not in self.object_openers or self._adjunct_word(Tok(s0, s0 + m.end(), word))):
                return self._trim_trailing_adjunct(doc, s0, s1)
            s0 = strip_span(doc.text, s0 + m.end(), s1)[0]

    def _subject_after_adjunct(self, doc: Doc, sent: Sentence, s0: int, s1: int) -> int:
        """"In a Bloomberg interview Trump declared", "At the summit President Biden said": a phrase after a
        clause-opening preposition, with no comma, holds the adjunct and then the subject; the subject opens at
        the last determiner or at the capitalised name right after the adjunct's noun."""
        lead = doc.folded[sent.start:s0].rstrip()
        opener = lead.rsplit(None, 1)[-1] if lead else ""
        before = lead[: len(lead) - len(opener)].rstrip()
        if (opener not in self.adjunct_openers or opener not in self.speaker_connectors or opener in self.determiners
                or before and before[-1] not in ",;:\n"):  # a preposition ("in", "at"), not "when", "as"
            return s0
        words = list(_JOINED_WORD_RE.finditer(doc.text, s0, s1))
        at = 0
        for j in range(1, len(words)):
            w, prev = words[j].group(), words[j - 1].group()
            if w in self.determiners and prev not in self.speaker_connectors or (w[0].isupper() and prev.islower() and prev not in self.determiners
                                         and prev not in self.speaker_connectors
                                         and all(x.group()[0].isupper() for x in words[j:])):
                at = j
        return words[at].start() if at else s0

    def _trim_trailing_adjunct(self, doc: Doc, s0: int, s1: int) -> tuple[int, int]:
        """`adjunct_suffixes`: a case-marked time or place phrase after the head ends the speaker
        ("– írta Zelenszkij az X közösségi portálon, miután …" → "Zelenszkij"); it opens at its
        determiner within three words."""
        if not self.adjunct_suffixes:
            return s0, s1
        toks = [Tok(m.start() + s0, m.end() + s0, doc.folded[m.start() + s0:m.end() + s0], doc.text[m.start() + s0].isupper())
                for m in _JOINED_WORD_RE.finditer(doc.folded[s0:s1])]
        for n in range(1, len(toks)):
            if self._adjunct_word(toks[n]):
                det = next((k for k in range(n - 1, max(-1, n - 4), -1) if toks[k].word in self.determiners), n)
                if det == 0 and n + 1 < len(toks) and toks[n + 1].cap and self._adjunct_word(toks[n]) and toks[n].cap:
                    # "a Le Parisiennek Ulrich Bounat magyarázta": the listener named first, then the speaker
                    return self._trim_trailing_adjunct(doc, toks[n + 1].start, s1)
                if det == 0:
                    return s0, s1  # "A napilapnak nyilatkozva X": the adjunct opens the phrase, no trailing one
                end = _rstrip(doc.text, s0, toks[det - 1].end)
                return (s0, strip_span(doc.text, s0, end, " ,;:-–—")[1]) if det >= 1 else (s0, s1)
        return s0, s1

    def _cue_prefix(self, text: str, lo: int, start: int) -> int:
        """Start of the run of `cue_prefix_words` (and -ly adverbs) right before the cue, after lo."""
        words = list(_PREFIX_WORD_RE.finditer(text[lo:start]))
        for m in reversed(words):
            if text[lo + m.end():start].strip():
                break  # punctuation between: the words are no part of the cue
            w = fold(m.group())
            if m.group()[:1].isupper() or w not in self.cue_prefix_words and not (self.skip_suffixes and w.endswith(self.skip_suffixes) and w[:1].islower()):
                break
            start = lo + m.start()
        return start

    def _speaker_actor(self, doc: Doc, start: int, end: int, said: tuple[int, int] = (0, 0)) -> ActorMention | None:
        inside = doc.mentions_in(start, end)
        if inside:
            best = max(inside, key=lambda m: _rank(m.actor))
            if best.actor.kind == "government" and best.actor.country is None:
                return self._role_country(doc, best, start, said)
            return best
        words = doc.folded[start:end].split()
        if words and (words[-1] in self.pronouns or len(words) <= 3 and words[0] in self.pronouns):
            return self._antecedent(doc, start)
        if 2 <= len(words) <= 3 and words[0] in self.determiners and words[-1].isalpha():
            # "The ministry added": the latest earlier speaker or actor named by the same head noun
            # ("Russia's defence ministry said …") is meant
            ante = self._head_antecedent(doc, start, words[-1])
            if ante is not None:
                return ActorMention(start, end, ante.actor, "role")
        return None

    def _head_antecedent(self, doc: Doc, before: int, head: str) -> ActorMention | None:
        for statement in reversed(doc.statements[-50:]):
            mention = doc.statement_speakers.get(statement.id)
            if (mention and mention.actor.country and statement.speaker and statement.speaker.end <= before
                    and doc.folded[statement.speaker.start:statement.speaker.end].endswith(head)):
                return mention
        for mention in reversed(doc.mentions_in(max(0, before - 3000), before)):
            if mention.actor.country and mention.how in ("role", "organisation") and doc.folded[mention.start:mention.end].endswith(head):
                return mention
        return None

    def _role_country(self, doc: Doc, best: ActorMention, start: int, said: tuple[int, int] = (0, 0)) -> ActorMention:
        """A role without a country ("the army", "der Verteidigungsminister"): the country of the
        latest earlier mention of the same role that names one, else the dateline's; else the
        country stays unknown and the name says why."""
        ante = self._antecedent(doc, start, role=best.actor.role)
        country = ante.actor.country if ante and ante.actor.country else _dateline_country(doc)
        named = set() if country else {m.actor.country for m in doc.mentions_in(0, start)
                                       if m.how in _PLACE_WORDS and m.actor.country
                                       and not said[0] <= m.start < said[1]}  # (not a country the speaker talks of)
        if len(named) == 1:
            country = named.pop()  # "Turkish troops crossed … The army said": the one country the article names so far
        actor = best.actor
        if country:
            actor = actor.model_copy(update={"country": country, "code": country,
                                             "name": f"{countries().get(country, country)} {actor.name}"})
        else:
            why = "several countries named before it" if named else "country not named in the article"
            actor = actor.model_copy(update={"name": f"{actor.name} ({why})"})
        return ActorMention(best.start, best.end, actor, best.how)

    def _antecedent(self, doc: Doc, before: int, role: str | None = None) -> ActorMention | None:
        """Latest earlier speaker (or actor mention) that is a person or matches the role (and
        names its country)."""
        for statement in reversed(doc.statements[-50:]):
            mention = doc.statement_speakers.get(statement.id)
            if mention and statement.speaker and statement.speaker.start < before:
                if role is None and _a_person(mention.actor) or role and mention.actor.role == role and mention.actor.country:
                    return mention
        for mention in reversed(doc.mentions_in(0 if role else max(0, before - 3000), before)):
            if role is None and _a_person(mention.actor) or role and mention.actor.role == role and mention.actor.country:
                return mention
        return None


# a capitalised name of up to four words (or a quoted one) that ends its phrase: the name a participle gives ("called EB-5,")
_NAMED_RE = re.compile(r"\s{1,3}(?:[\"“'‘][^\"”'’]{1,40}[\"”'’]|[A-Z][\w.-]{0,30}(?:\s{1,3}[A-Z][\w.-]{0,30}){0,3})\s{0,3}(?:[,;:)]|\.?\s{0,3}$)")


def _a_person(actor: Actor) -> bool:
    """A named person or an office held by one ("Poland's defence minister … he added")."""
    return actor.kind == "person" or bool(actor.role) and actor.role in _PERSON_ROLES


_KIND_RANK = {"person": 4, "government": 3, "organisation": 2, "country": 1, "group": 0}


def _rank(actor: Actor) -> int:
    return _KIND_RANK.get(actor.kind, 0) + (1 if actor.country else 0)


# "MOSCOW (Reuters) - ", "TEHRAN (FNA)- ", "KYIV, Dec 5 — ": a place in capitals, an agency or date, a dash
# (starts only at a word start and never gives back what it took, so a scan stays linear)
_DATELINE = re.compile(r"(?<![^\W\d_])([^\W\d_][^\W\d_ .'-]*+(?:[ .'-][^\W\d_]++){0,3}+)(?:,[^\n\-—–(]{1,25}+)?+\s*+(?:\([^)\n]{1,25}+\))?+\s*+[-—–]++\s*+")
# starts only where a run of spaces starts (the lookbehind), so a scan stays linear
_DATELINE_TAIL = re.compile(r"(?<!\s)\s*+(?:,[^\n.]{0,25})?(?:\([^)\n]{0,25}\))?\s*+[-—–:]")


def _dateline_country(doc: Doc) -> str | None:
    """'MOSCOW (Reuters) -' / 'TEHRAN (FNA)-' / 'Kyjev –': the place that opens the article."""
    for m in doc.mentions_in(0, 120):
        if m.start > 40:
            break
        if m.how in ("country", "capital") and m.actor.country and _DATELINE_TAIL.match(doc.text, m.end):
            return m.actor.country
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    """[start, end) opens a line and is a dateline ("MOSCOW (Reuters)", "KYIV, Dec 5"): no content, no speaker."""
    if start and text[start - 1] != "\n":
        return False
    m = _DATELINE.match(text, start, min(len(text), end + 4))
    return m is not None and m.group(1).isupper() and m.end() >= end


def _split_addressee(doc: Doc, speaker: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A phrase after the cue that holds two actors side by side ("warnte Russland Polen",
    "حذرت إيران الولايات المتحدة") is the speaker and then the addressee."""
    inside = doc.mentions_in(*speaker)
    if len(inside) >= 2 and not doc.text[inside[0].end:inside[1].start].strip():
        return (speaker[0], inside[0].end), (inside[1].start, speaker[1])
    return speaker, None


def _quotes_paired(doc: Doc, c0: int, c1: int) -> tuple[int, int]:
    """A content that opens or closes a quotation holds both of its marks or neither: the
    closing mark is taken in when it stands right after the content ('"…," she said'), the
    opening one when it stands right before."""
    text = doc.text
    if c1 - c0 > 1 and text[c0] in _QUOTE_MARKS:
        q = doc.quote_containing(c0 + 1)
        if q and q[0] == c0 and c1 - 1 <= q[1] <= c1 + 2 and not text[c1:q[1]].strip(" ,.;:!?…"):
            return c0, max(c1, q[1] + 1)
    if c1 - c0 > 1 and text[c1 - 1] in _QUOTE_MARKS:
        q = doc.quote_containing(c1 - 2)
        if q and q[1] == c1 - 1 and c0 - 3 <= q[0] < c0 and not text[q[0] + 1:c0].strip():
            return q[0], c1
    return c0, c1


def _kind(text: str, pos: int) -> str:
    """'direct' when text[pos], the edge of what was said, is a quotation mark; else 'indirect'."""
    return "direct" if text[pos] in _QUOTE_MARKS else "indirect"


def _clause_open(toks: list[Tok], end: int) -> int:
    """Index of the first token of the clause that ends before toks[end]: the token after the
    last boundary or quotation mark before `end`, or 0."""
    c = end
    while c > 0 and toks[c - 1].word not in _BOUNDARY and toks[c - 1].word not in _QUOTE_MARKS:
        c -= 1
    return c


def _index_at(toks: list[Tok], pos: int) -> int:
    """Index of the first token that ends after pos (token ends rise strictly), else len(toks)."""
    return bisect.bisect_right(toks, pos, key=_TOK_END)


_TOK_END = attrgetter("end")  # a C key function: bisect calls it per step


def _count_until(toks: list[Tok], pos: int) -> int:
    """Number of tokens that start before pos."""
    n = 0
    while n < len(toks) and toks[n].start < pos:
        n += 1
    return n


def _glue_cut(text: str, start: int, end: int) -> int | None:
    """Where a word joined to the next without a space ends ("szerdánVolodimir"): a capital after three lower-case
    letters and before a lower-case one (not "DeSantis", "iPhone", "McCain")."""
    return next((k for k in range(start + 3, end - 1) if text[k].isupper() and text[k + 1].islower()
                 and text[k - 1].islower() and text[k - 2].islower() and text[k - 3].islower()), None)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _END_PUNCT:
        end -= 1
    return end


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD_RE.findall(text, start, end))  # (no slice: \w+ looks at no character outside)


def _words_between(toks: list[Tok], start: int, end: int) -> int:
    return sum(1 for t in toks if start <= t.start and t.end <= end and t.is_word)  # the cheap tests first
