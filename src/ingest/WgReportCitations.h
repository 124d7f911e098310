// Recommendations that early UPR Working Group reports cite instead of listing: "The
// recommendations noted in the report in paragraphs 27 (b), (c), 31 and 43 (a) above did not
// enjoy the support of X." The cited paragraphs are the summary of the interactive dialogue
// earlier in the report, each one State speaking ("Australia welcomed ... and recommended that
// China (a) strengthen ...; (b) abolish ..."): a letter cites one of its lettered
// recommendations, a bare number all of them. Pure functions: thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/Paragraph.h"

namespace rightstrack::ingest {

// One cited recommendation: paragraph 27, letter "b"; an empty letter cites the whole paragraph.
struct ParagraphCitation {
    int paragraph = 0;
    std::string letter;
};

// The citations in a sentence, in order: "paragraphs 27 (b), (c), 31, 38 (a, d), 48 (b) (d),
// 53 (b) and (c), 24(b)". Roman sub-items ("43 (a) (ii)") cite their letter. Empty when the
// sentence cites no paragraph.
std::vector<ParagraphCitation> paragraph_citations(const std::string& sentence);

// A recommendation found in a paragraph of the dialogue.
struct CitedText {
    std::string reference;  // "27 (b)", "31".
    std::string text;       // As the report words it, without the letter.
    std::string state;      // Alpha-3 of the speaker; empty when the paragraph names none.
    int page = 0;
};

// The numbered paragraphs of the report before its recommendations, by number, each with the
// unnumbered paragraphs (lettered lines, page breaks) that continue it.
class DialogueParagraphs {
public:
    explicit DialogueParagraphs(const std::vector<Paragraph>& paragraphs);

    // The recommendations a citation names; empty when the paragraph does not exist or has no
    // such letter. A letter of a paragraph that letters none counts its recommended sentences.
    std::vector<CitedText> resolve(const ParagraphCitation& citation) const;

private:
    std::map<int, Paragraph> paragraphs_;
};

// The recommendations of a paragraph of the dialogue, by letter ("a", "b", ...): the words after
// each letter up to the next letter or the end of the sentence. The letters start at the first
// "recommended", or before it at an "(a)" that a "(b)" follows ("Chile (a) encouraged ..."). A paragraph without letters
// gives the sentence after its last "recommended", under the letter "".
std::vector<std::pair<std::string, std::string>> lettered_recommendations(const std::string& text);

// The State whose statement a paragraph of the dialogue summarises: the name it starts with
// ("Australia welcomed", "The Russian Federation noted"), or the subject after an opening
// participle clause ("Noting that ..., Argentina asked", "Highlighting ..., Mexico
// recommended"), as alpha-3; empty if none.
std::string speaker_of(const std::string& text);

}  // namespace rightstrack::ingest
