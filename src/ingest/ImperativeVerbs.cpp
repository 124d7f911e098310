#include "ingest/ImperativeVerbs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

// Written from the words that open recommendations in UPR Working Group reports, kept where
// they are verbs, sorted for binary search. Words that are nouns as well ("report", "review",
// "work", "support") are here because reports open recommendations with them as verbs.
// clang-format off
constexpr std::array<std::string_view, 369> kVerbs = {
    "abandon", "abide", "abolish", "abrogate", "abstain", "accede", "accelerate", "accept",
    "accomplish", "accord", "accredit", "achieve", "acknowledge", "act", "activate", "adapt", "add",
    "address", "adhere", "adjust", "adopt", "advance", "agree", "align", "alleviate", "allocate",
    "allow", "amend", "analyse", "analyze", "appeal", "apply", "appoint", "approve", "ask",
    "assess", "assist", "associate", "assure", "attach", "attain", "authorize", "avail", "avoid",
    "ban", "be", "bear", "become", "begin", "bolster", "bridge", "bring", "broaden", "build",
    "call", "carry", "cease", "change", "circulate", "clarify", "clear", "close", "codify",
    "collaborate", "collect", "combat", "commit", "communicate", "commute", "compensate",
    "complete", "comply", "conclude", "condemn", "conduct", "confirm", "conform", "confront",
    "consider", "consolidate", "consult", "continue", "contribute", "cooperate", "coordinate",
    "counter", "create", "criminalise", "criminalize", "curb", "deal", "decide", "declare",
    "decriminalise", "decriminalize", "deepen", "define", "deliver", "demobilize", "demonstrate",
    "denounce", "deploy", "design", "designate", "deter", "develop", "devise", "devote", "direct",
    "disaggregate", "discontinue", "dismantle", "disseminate", "do", "draft", "draw", "drop",
    "earmark", "ease", "educate", "elaborate", "elevate", "eliminate", "embark", "emphasize",
    "empower", "enable", "enact", "encourage", "end", "endeavour", "endorse", "enforce", "engage",
    "enhance", "enlarge", "enshrine", "ensure", "enter", "entrust", "envisage", "equalize", "equip",
    "eradicate", "establish", "evaluate", "examine", "execute", "exert", "expand", "expedite",
    "explore", "extend", "facilitate", "fast-track", "fight", "finalise", "finalize", "find",
    "focus", "follow", "forbid", "formalize", "formulate", "foster", "fulfil", "fulfill", "further",
    "give", "go", "grant", "guarantee", "guide", "halt", "harmonise", "harmonize", "harness",
    "heed", "help", "hold", "identify", "implement", "impose", "improve", "include", "incorporate",
    "increase", "inform", "initiate", "institute", "instruct", "integrate", "intensify",
    "interpret", "introduce", "invest", "investigate", "invite", "involve", "issue", "join", "keep",
    "launch", "lead", "learn", "legislate", "let", "lift", "limit", "look", "lower", "mainstream",
    "maintain", "make", "meet", "mobilize", "modernize", "modify", "monitor", "move", "notify",
    "observe", "obtain", "offer", "open", "organize", "outlaw", "overcome", "oversee", "pass",
    "pay", "permit", "persevere", "persist", "place", "pledge", "prepare", "present", "preserve",
    "prevent", "prioritize", "proceed", "prohibit", "promote", "promulgate", "prosecute", "protect",
    "provide", "publish", "punish", "pursue", "push", "put", "raise", "ratify", "re-establish",
    "re-examine", "reach", "realise", "realize", "rebuild", "recall", "receive", "recognise",
    "recognize", "recommend", "reconcile", "reconsider", "rectify", "redouble", "redress", "reduce",
    "refer", "reflect", "reform", "refrain", "register", "regulate", "reinforce", "reinstate",
    "reintegrate", "reiterate", "reject", "release", "remain", "remedy", "remind", "remove",
    "render", "renew", "reopen", "reorganize", "repatriate", "repeal", "replace", "report",
    "request", "rescind", "resettle", "resolve", "resort", "respect", "respond", "restore",
    "restrict", "resume", "retain", "reverse", "review", "revise", "revisit", "revoke", "safeguard",
    "secure", "seek", "seize", "sensitise", "sensitize", "serve", "set", "settle", "share", "show",
    "sign", "simplify", "solicit", "specify", "speed", "spread", "start", "stay", "step", "stop",
    "streamline", "strengthen", "strive", "study", "submit", "subscribe", "suggest", "support",
    "suspend", "sustain", "tackle", "take", "tighten", "tolerate", "toughen", "train", "transform",
    "translate", "treat", "try", "undergo", "undertake", "unify", "update", "upgrade", "uphold",
    "urge", "use", "utilize", "verify", "waive", "welcome", "widen", "withdraw", "work", "write"};
// clang-format on

bool is_link(std::string_view word) {
    static const std::vector<std::string_view> kLinks = {
        "the",       "a",     "an",      "its",     "their",   "this",   "these",   "that",
        "those",     "all",   "any",     "each",    "such",    "other",  "to",      "of",
        "on",        "in",    "for",     "with",    "by",      "at",     "as",      "from",
        "into",      "among", "amongst", "which",   "where",   "when",   "who",     "whose",
        "including", "and",   "or",      "not",     "also",    "both",   "either",  "if",
        "so",        "while", "within",  "without", "through", "under",  "namely",  "inter",
        "more",      "only",  "even",    "via",     "towards", "toward", "between", "against",
        "before",    "after", "until",   "since",   "upon",    "there",  "it",      "they"};
    return std::find(kLinks.begin(), kLinks.end(), word) != kLinks.end();
}

}  // namespace

bool is_imperative_verb(std::string_view word) {
    std::string lower = core::ascii_lower(word);
    return std::binary_search(kVerbs.begin(), kVerbs.end(), std::string_view(lower));
}

bool starts_as_bare_noun(std::string_view text) {
    text = core::trim(text);
    std::string_view word = text.substr(0, text.find_first_of(" ,;:."));
    if (word.size() < 2 || !std::islower(static_cast<unsigned char>(word.front())) ||
        !std::all_of(word.begin(), word.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
        }))
        return false;
    // "-ing" and "-ed" forms go on with the sentence before ("including", "signed in 2007").
    if (word.ends_with("ly") || word.ends_with("ing") || word.ends_with("ed"))
        return false;
    if (is_imperative_verb(word) || is_link(word))
        return false;
    // "and requests Tunisia to", "and calls upon": a verb's third person, before its object.
    std::string_view next = core::trim(text.substr(word.size()));
    bool object_next = !next.empty() && (std::isupper(static_cast<unsigned char>(next.front())) ||
                                         next.starts_with("that ") || next.starts_with("upon ") ||
                                         next.starts_with("on "));
    return !(word.ends_with("s") && object_next &&
             is_imperative_verb(word.substr(0, word.size() - 1)));
}

}  // namespace rightstrack::ingest
