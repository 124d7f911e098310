// The real OHCHR matrices from ../shared/data against the reference parse in
// ohchr-matrices/matrix_recommendations_labeled.csv (China cycles 2-3, Slovenia cycles 2-3),
// field by field, with a table of agreement rates per file; the Egypt matrix, which the
// reference does not cover, by counts and rows checked by eye.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/OhchrMatrix.h"
#include "model/StateRegistry.h"
#include "support/CsvRows.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using testing::split_list;

using Strings = std::vector<std::string>;

constexpr const char* kReference = "ohchr-matrices/matrix_recommendations_labeled.csv";

struct ReferenceRow {
    std::string paragraph, text, states, position, source, section, themes, sdgs, persons;
};

// The reference's rows of each source file, by paragraph.
std::map<std::string, std::map<std::string, ReferenceRow>> read_reference() {
    auto path = testing::shared_data(kReference);
    std::string text = testing::read_file(path);
    CsvReader reader(text, kReference);
    auto header = reader.next();
    EXPECT_TRUE(header.ok() && *header);
    const Strings names = {
        "source_file", "paragraph",       "recommendation", "recommending_states_raw",
        "position",    "position_source", "section_theme",  "themes",
        "sdgs",        "affected_persons"};
    std::vector<std::string_view> views(names.begin(), names.end());
    auto columns = require_columns(**header, views, kReference);
    EXPECT_TRUE(columns.ok());
    std::map<std::string, std::map<std::string, ReferenceRow>> rows;
    for (auto row = reader.next(); row.ok() && *row; row = reader.next()) {
        auto cell = [&](size_t i) { return (*row)->fields[(*columns)[i]]; };
        rows[cell(0)][cell(1)] = {cell(1), cell(2), cell(3), cell(4), cell(5),
                                  cell(6), cell(7), cell(8), cell(9)};
    }
    return rows;
}

// White space collapsed, typographic quotes and dashes made plain, no space before punctuation,
// runs of separators made one, no separator at the end.
std::string normalise_text(std::string_view text) {
    std::string plain(text);
    const std::pair<std::string_view, std::string_view> kReplacements[] = {
        {"\u2018", "'"}, {"\u2019", "'"}, {"\u201c", "\""}, {"\u201d", "\""},
        {"\u2013", "-"}, {"\u2014", "-"}, {"\u2011", "-"},  {"\u00a0", " "}};
    for (const auto& [from, to] : kReplacements)
        for (size_t at = plain.find(from); at != std::string::npos; at = plain.find(from, at))
            plain.replace(at, from.size(), to);
    std::string collapsed = core::collapse_whitespace(plain);
    std::string out;
    for (char c : collapsed) {
        bool separator = c == ';' || c == ',' || c == '.';
        if (separator && !out.empty() && out.back() == ' ')
            out.pop_back();
        if ((c == ';' || c == ',') && !out.empty() && (out.back() == ';' || out.back() == ','))
            continue;
        if (c != ' ' && !out.empty() && out.back() == ';')
            out += ' ';  // "ICCPR;Ratify" as in "ICCPR; Ratify".
        out += c;
    }
    while (!out.empty() &&
           (out.back() == ';' || out.back() == ',' || out.back() == '.' || out.back() == ' '))
        out.pop_back();
    return out;
}

// "Chile; Portugal, Slovakia" -> the names, each once.
Strings reference_state_names(const std::string& raw) {
    Strings names;
    for (const std::string& part : split_list(raw, ";"))
        for (const std::string& name : split_list(part, ",")) names.push_back(name);
    return names;
}

// The reference's text without its paragraph number and without the parentheses that hold only
// names of its own recommending_states_raw: what the parser's text should be.
std::string expected_text(const ReferenceRow& row) {
    std::string text = core::collapse_whitespace(row.text);
    if (text.starts_with(row.paragraph)) {
        text.erase(0, row.paragraph.size());
        if (text.starts_with("."))
            text.erase(0, 1);
    }
    Strings names = reference_state_names(row.states);
    std::set<std::string> known(names.begin(), names.end());
    std::vector<std::pair<size_t, size_t>> groups;  // Top-level parentheses, nested ones inside.
    int depth = 0;
    for (size_t i = 0, open = 0; i < text.size(); ++i) {
        if (text[i] == '(' && depth++ == 0)
            open = i;
        else if (text[i] == ')' && depth > 0 && --depth == 0)
            groups.emplace_back(open, i + 1);
    }
    for (auto group = groups.rbegin(); group != groups.rend(); ++group) {
        auto [open, end] = *group;
        Strings inside = split_list(text.substr(open + 1, end - open - 2), ",");
        bool states_only = !inside.empty() && std::all_of(inside.begin(), inside.end(),
                                                          [&](auto& n) { return known.count(n); });
        if (states_only)
            text.erase(open, end - open);
    }
    return normalise_text(text);
}

Strings sorted(Strings values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

Strings reference_states(const ReferenceRow& row) {
    Strings codes;
    for (const std::string& name : reference_state_names(row.states)) {
        const auto* state = model::StateRegistry::instance().resolve(name);
        codes.push_back(state ? std::string(state->alpha3) : "?" + name);
    }
    return sorted(codes);
}

bool has_digit(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "S16 SDG 16 - peace, ..." and "16 - PEACE, ..." -> "16".
std::string goal_number(const std::string& sdg) {
    size_t at = sdg.find("SDG ");
    std::string rest = at == std::string::npos ? sdg : sdg.substr(at + 4);
    size_t end = rest.find_first_not_of("0123456789.abc");
    return rest.substr(0, end);
}

// The reference files SDG-like themes without a goal ("S Sustainable Development Goal
// implementation") under sdgs; rightstrack keeps them as the themes they are.
Strings reference_themes(const ReferenceRow& row) {
    Strings themes = split_list(row.themes, " | ");
    for (const std::string& sdg : split_list(row.sdgs, " | "))
        if (!has_digit(sdg))
            themes.push_back(sdg);
    return sorted(themes);
}

Strings reference_sdgs(const ReferenceRow& row) {
    Strings numbers;
    for (const std::string& sdg : split_list(row.sdgs, " | "))
        if (has_digit(sdg))
            numbers.push_back(goal_number(sdg));
    return sorted(numbers);
}

std::string reference_source(const ReferenceRow& row) {
    std::string source = core::collapse_whitespace(row.source);
    source = source.substr(0, source.find(' '));
    while (!source.empty() && (source.back() == ',' || source.back() == '.')) source.pop_back();
    return source;
}

std::string lower(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

enum Field { kText, kStates, kPosition, kSource, kThemes, kSdgs, kPersons, kSection, kFields };
constexpr const char* kFieldNames[kFields] = {"text",   "states", "position", "source",
                                              "themes", "sdgs",   "persons",  "section"};

constexpr std::string_view kChina2013 = "Matrix_recommendations_2013.docx";
constexpr std::string_view kChina2018 = "Matrix_recommendations_2018.docx";
constexpr std::string_view kSlovenia2 = "UPR20__Slovenia_ThematicListRecommendations_E.docx";
constexpr std::string_view kSlovenia3 = "UPR34_Slovenia_Thematic_list_of_Recommendations.docx";
constexpr std::string_view kNested =
    "a State named with nested parentheses ('(Iran (Islamic Republic of))', '(Bolivia "
    "(Plurinational State of))'): the reference finds no State and leaves the name in the text";
constexpr std::string_view kNotAState =
    "a parenthesis before the State ('(2016–2020)', '(the Paris Principles)', '(No. 29)'): "
    "the reference takes it for a recommending State and cuts it from the text";

// Rows where the reference parse is wrong, each checked by eye against the document. They are
// set aside from the rates that the test asserts (the table shows the rates with them too), and
// must still disagree, so that a corrected reference is noticed.
struct ReferenceError {
    std::string_view file, paragraph, why;
};
const ReferenceError kReferenceErrors[] = {
    {kChina2013, "186.1",
     "the document splits a name, '(Sierra Le one)'; the reference keeps it so, and it names no "
     "State"},
    {kChina2013, "186.41", kNested},
    {kChina2013, "186.92", kNested},
    {kChina2013, "186.174", kNested},
    {kChina2013, "186.198", kNested},
    {kChina2013, "186.223", kNested},
    {kChina2018, "28.14", kNotAState},
    {kChina2018, "28.74", kNotAState},
    {kChina2018, "28.114", kNotAState},
    {kSlovenia2, "115.6",
     "'(ICRMW) (Iran (Islamic Republic of))': the reference takes the treaty's acronym for the "
     "State and leaves Iran in the text"},
    {kSlovenia2, "115.8",
     "'Venezuela (Bolivarian Republic of)' in a list of States: the reference cuts the list at the "
     "inner parenthesis, naming 'Bolivarian Republic of' alone"},
    {kSlovenia2, "115.62", kNested},
    {kSlovenia2, "115.75", kNested},
    {kSlovenia2, "115.96", kNested},
    {kSlovenia2, "115.103", kNested},
    {kSlovenia2, "115.105", kNested},
    {kSlovenia2, "115.115", kNested},
    {kSlovenia2, "115.122", kNested},
    {kSlovenia2, "115.129", kNested},
    {kSlovenia3, "121.3", kNotAState},
    {kSlovenia3, "122.10", kNotAState},
};

const ReferenceError* reference_error(std::string_view file, std::string_view paragraph) {
    for (const ReferenceError& error : kReferenceErrors)
        if (error.file == file && error.paragraph == paragraph)
            return &error;
    return nullptr;
}

struct Tally {
    size_t compared = 0;
    size_t agree = 0;
    double rate() const { return compared ? double(agree) / compared : 0; }
};

// Agreement of one file with the reference, as it is and with its known errors set aside.
struct Agreement {
    size_t reference_rows = 0;
    size_t parsed = 0;
    size_t matched = 0;  // Parsed paragraphs found in the reference.
    size_t set_aside = 0;
    Tally as_is[kFields];
    Tally kept[kFields];
    Strings disagreements;  // On rows that are not set aside: parser errors.
    Strings explained;      // On rows set aside: reference errors.
    double paragraph_rate() const {
        return reference_rows ? double(matched) / std::max(reference_rows, parsed) : 0;
    }
};

// Compares one field of one row.
class RowComparison {
public:
    RowComparison(Agreement& agreement, std::string paragraph, const ReferenceError* error)
        : agreement_(agreement), paragraph_(std::move(paragraph)), error_(error) {}

    template <typename T>
    void field(Field field, const T& expected, const T& actual) {
        bool same = expected == actual;
        ++agreement_.as_is[field].compared;
        agreement_.as_is[field].agree += same;
        if (!error_) {
            ++agreement_.kept[field].compared;
            agreement_.kept[field].agree += same;
        }
        if (same)
            return;
        std::string line = paragraph_ + " " + kFieldNames[field] + ":\n    reference " +
                           show(expected) + "\n    parsed    " + show(actual);
        (error_ ? agreement_.explained : agreement_.disagreements).push_back(std::move(line));
        disagreed_ = true;
    }
    bool disagreed() const { return disagreed_; }

private:
    static std::string show(const Strings& values) { return "[" + core::join(values, " | ") + "]"; }
    static std::string show(const std::string& value) { return "'" + value + "'"; }

    Agreement& agreement_;
    std::string paragraph_;
    const ReferenceError* error_;
    bool disagreed_ = false;
};

Agreement compare(const MatrixDocument& document, std::string_view file,
                  const std::map<std::string, ReferenceRow>& reference) {
    Agreement agreement;
    agreement.reference_rows = reference.size();
    agreement.parsed = document.recommendations.size();
    for (const MatrixRecommendation& parsed : document.recommendations) {
        auto found = reference.find(parsed.paragraph);
        if (found == reference.end()) {
            agreement.disagreements.push_back(parsed.paragraph + " is not in the reference");
            continue;
        }
        const ReferenceRow& row = found->second;
        const ReferenceError* error = reference_error(file, parsed.paragraph);
        ++agreement.matched;
        agreement.set_aside += error != nullptr;
        RowComparison compare(agreement, parsed.paragraph, error);
        compare.field(kText, expected_text(row), normalise_text(parsed.text));
        compare.field(kStates, reference_states(row), sorted(parsed.recommending_states));
        compare.field(kPosition, lower(row.position), parsed.position);
        compare.field(kSource, reference_source(row), parsed.position_source);
        compare.field(kThemes, reference_themes(row), sorted(parsed.themes));
        compare.field(kSdgs, reference_sdgs(row), sorted(parsed.sdgs));
        compare.field(kPersons, sorted(split_list(row.persons, " | ")),
                      sorted(parsed.affected_persons));
        compare.field(kSection, core::collapse_whitespace(row.section), parsed.section_theme);
        if (error && !compare.disagreed())
            agreement.disagreements.push_back(parsed.paragraph +
                                              " is listed as a reference error but agrees");
        if (error)
            agreement.explained.push_back(parsed.paragraph +
                                          " is wrong in the reference: " + std::string(error->why));
    }
    return agreement;
}

struct MatrixFile {
    std::string path;  // Under ../shared/data.
    std::string state;
    int cycle;
    std::optional<int> session;
};

const std::vector<MatrixFile> kReferenceFiles = {
    {"ohchr-matrices/china/Matrix_recommendations_2013.docx", "CHN", 2, 17},
    {"ohchr-matrices/china/Matrix_recommendations_2018.docx", "CHN", 3, 31},
    {"un-reports/slovenia/cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx", "SVN", 2, 20},
    {"un-reports/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx", "SVN", 3,
     34},
};

MatrixDocument parse_file(const std::filesystem::path& path, double& milliseconds) {
    std::string bytes = testing::read_file(path);
    auto start = std::chrono::steady_clock::now();
    auto blocks = read_docx(bytes, path.filename().string());
    EXPECT_TRUE(blocks.ok()) << blocks.error().describe();
    if (!blocks.ok())
        return {};
    auto document = parse_ohchr_matrix(*blocks, path.filename().string());
    milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    EXPECT_TRUE(document.ok()) << document.error().describe();
    return document.ok() ? document.release_value() : MatrixDocument{};
}

void print_header(const char* title) {
    std::printf("\n%s\n%-52s %4s %4s %5s %6s", title, "file", "ref", "ours", "aside", "para");
    for (const char* name : kFieldNames) std::printf(" %8s", name);
    std::printf("\n");
}

void print_rates(const std::string& file, const Agreement& a, const Tally (&tallies)[kFields]) {
    std::printf("%-52s %4zu %4zu %5zu %6.3f", file.c_str(), a.reference_rows, a.parsed, a.set_aside,
                a.paragraph_rate());
    for (const Tally& tally : tallies) std::printf(" %8.3f", tally.rate());
    std::printf("\n");
}

using Results = std::vector<std::pair<std::string, Agreement>>;

void print_results(const Results& results) {
    print_header("Agreement with the reference parse, as it is:");
    for (const auto& [name, agreement] : results) print_rates(name, agreement, agreement.as_is);
    print_header("Agreement with the reference's known errors set aside (asserted):");
    for (const auto& [name, agreement] : results) print_rates(name, agreement, agreement.kept);
    for (const auto& [name, agreement] : results) {
        for (const std::string& line : agreement.explained)
            std::printf("%s: %s\n", name.c_str(), line.c_str());
        for (const std::string& line : agreement.disagreements)
            std::printf("%s: DISAGREES %s\n", name.c_str(), line.c_str());
    }
}

TEST(OhchrMatrixRealFiles, AgreeWithTheReferenceParse) {
    RIGHTSTRACK_REQUIRE_DATA(testing::shared_data(kReference));
    auto reference = read_reference();
    Results results;
    for (const MatrixFile& file : kReferenceFiles) {
        auto path = testing::shared_data(file.path);
        RIGHTSTRACK_REQUIRE_DATA(path);
        double milliseconds = 0;
        MatrixDocument document = parse_file(path, milliseconds);
        std::string name = path.filename().string();
        std::printf("%s: read and parsed in %.1f ms\n", name.c_str(), milliseconds);
        EXPECT_EQ(document.state_under_review, file.state) << name;
        EXPECT_EQ(document.cycle, file.cycle) << name;
        EXPECT_EQ(document.session, file.session) << name;
        results.emplace_back(name, compare(document, name, reference[name]));
    }
    print_results(results);
    size_t set_aside = 0;
    for (const auto& [name, agreement] : results) {
        set_aside += agreement.set_aside;
        EXPECT_EQ(agreement.parsed, agreement.reference_rows) << name;
        EXPECT_GE(agreement.paragraph_rate(), 0.99) << name;
        for (Field field : {kText, kStates, kPosition})
            EXPECT_GE(agreement.kept[field].rate(), 0.99) << name << " " << kFieldNames[field];
        for (Field field : {kSource, kThemes, kSdgs, kPersons, kSection})
            EXPECT_GE(agreement.kept[field].rate(), 0.98) << name << " " << kFieldNames[field];
    }
    EXPECT_EQ(set_aside, std::size(kReferenceErrors)) << "a listed reference error was not found";
}

const MatrixRecommendation* find_paragraph(const MatrixDocument& document,
                                           const std::string& paragraph) {
    for (const MatrixRecommendation& recommendation : document.recommendations)
        if (recommendation.paragraph == paragraph)
            return &recommendation;
    return nullptr;
}

TEST(OhchrMatrixRealFiles, ReadsTheEgyptMatrixWithItsStatesColumn) {
    auto path = testing::shared_data("ohchr-matrices/egypt/EgyptMatriceRecommendations.docx");
    RIGHTSTRACK_REQUIRE_DATA(path);
    double milliseconds = 0;
    MatrixDocument document = parse_file(path, milliseconds);
    std::printf("EgyptMatriceRecommendations.docx: %zu recommendations in %.1f ms\n",
                document.recommendations.size(), milliseconds);
    EXPECT_EQ(document.state_under_review, "EGY");
    EXPECT_EQ(document.cycle, 2);
    EXPECT_EQ(document.session, std::nullopt);  // The title says only "Second Cycle".
    std::map<std::string, int> positions;
    for (const MatrixRecommendation& recommendation : document.recommendations)
        ++positions[recommendation.position];
    EXPECT_EQ(document.recommendations.size(), 300u);
    EXPECT_EQ(positions, (std::map<std::string, int>{
                             {"supported", 224}, {"noted", 53}, {"partially_supported", 23}}));
    // Checked by eye against the document.
    const auto* rome = find_paragraph(document, "166.6");
    ASSERT_NE(rome, nullptr);
    EXPECT_EQ(rome->text, "Ratify the Rome Statute of the ICC");
    EXPECT_EQ(rome->recommending_states, (Strings{"CHL", "EST", "SVN", "TUN", "URY"}));
    EXPECT_EQ(rome->position, "noted");
    EXPECT_EQ(rome->position_source, "A/HRC/28/16/Add.1");
    EXPECT_EQ(rome->themes, (Strings{"2.1. Acceptance of international norms"}));
    EXPECT_EQ(rome->affected_persons, (Strings{"general"}));
    EXPECT_EQ(rome->section_theme, "2.1. Acceptance of international norms");
    const auto* reservations = find_paragraph(document, "166.16");
    ASSERT_NE(reservations, nullptr);  // Has a comment instead of a source of position.
    EXPECT_EQ(reservations->text, "Consider the withdrawal of reservations to CEDAW Convention");
    EXPECT_EQ(reservations->position_source, "");
    const auto* business = find_paragraph(document, "166.293");
    ASSERT_NE(business, nullptr);
    EXPECT_EQ(business->recommending_states, (Strings{"VEN"}));
    EXPECT_TRUE(business->text.ends_with("human development of the Egyptian people"))
        << business->text;
    const auto* protesters = find_paragraph(document, "166.187");
    ASSERT_NE(protesters, nullptr);
    EXPECT_EQ(protesters->position, "partially_supported");
    EXPECT_EQ(protesters->recommending_states, (Strings{"LTU"}));
    EXPECT_EQ(protesters->themes,
              (Strings{"12.5. Prohibition of torture and cruel, inhuman or degrading treatment",
                       "16. Right to an effective remedy, impunity",
                       "15.1. Administration of justice & fair trial"}));
}

}  // namespace
}  // namespace rightstrack::ingest
