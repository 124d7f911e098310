#include "ingest/OhchrMatrixImport.h"

#include <map>
#include <regex>
#include <set>

#include "core/Hash.h"
#include "core/Text.h"
#include "ingest/LineText.h"
#include "model/Taxonomy.h"

namespace rightstrack::ingest {
namespace {

// The names the built-in migration gives these taxonomies, used when a store lacks one.
constexpr std::string_view kThemesName = "UHRI themes";
constexpr std::string_view kAffectedPersonsName = "UHRI affected persons";
constexpr std::string_view kSdgsName = "Sustainable Development Goals and targets";

// "A/HRC/25/5/Add.1" and "A/HRC/25/5" both name the report "A/HRC/25/5".
std::string report_symbol(std::string_view source) {
    static const std::regex kReport(R"(^(A/HRC/\d+/\d+)(/Add\.\d+)?$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(source.begin(), source.end(), match, kReport))
        return {};
    return match[1].str();
}

// The commonest report symbol among the sources of positions; among equals, the first seen.
std::string commonest_report(const MatrixDocument& matrix) {
    std::map<std::string, int> counts;
    std::string best;
    for (const MatrixRecommendation& recommendation : matrix.recommendations) {
        std::string symbol = report_symbol(recommendation.position_source);
        if (symbol.empty())
            continue;
        int count = ++counts[symbol];
        if (best.empty() || count > counts[best])
            best = symbol;
    }
    return best;
}

core::Result<model::Document> document_of(const MatrixDocument& matrix,
                                          const std::string& file_name) {
    model::Document d;
    d.symbol = commonest_report(matrix);
    if (d.symbol.empty() && matrix.session)
        d.symbol = model::upr_review_reference(*matrix.session, matrix.state_under_review);
    if (d.symbol.empty())
        return core::Error::invalid_input(
            "the matrix names neither its Working Group session nor a report as the source of "
            "any position, so the review its recommendations come from cannot be told",
            file_name);
    d.state = matrix.state_under_review;
    d.session = matrix.session;
    d.cycle = matrix.cycle;
    if (!d.cycle && matrix.session)
        d.cycle = model::upr_cycle_of_session(*matrix.session);
    d.language = "en";
    d.title = matrix.title;
    // The matrix is not the report's file, only a description of it: without a hash of its own,
    // the document stays as the report's own file describes it (see Document::sha256).
    return d;
}

// The labels of one taxonomy, each code once, in order of first use.
class LabelSet {
public:
    LabelSet(std::string_view taxonomy, std::string_view name)
        : taxonomy_{std::string(taxonomy), std::string(name), {}} {}

    model::LabelRef add(std::string code, std::string_view name, std::string parent = {}) {
        if (seen_.insert(code).second)
            taxonomy_.labels.push_back({code, std::move(parent), {{"en", std::string(name)}}});
        return {taxonomy_.code, std::move(code)};
    }

    void move_into(std::vector<model::Taxonomy>& taxonomies) {
        if (!taxonomy_.labels.empty())
            taxonomies.push_back(std::move(taxonomy_));
    }

private:
    model::Taxonomy taxonomy_;
    std::set<std::string> seen_;
};

struct Labels {
    LabelSet themes{model::kThemes, kThemesName};
    LabelSet affected_persons{model::kAffectedPersons, kAffectedPersonsName};
    LabelSet sdgs{model::kSdgs, kSdgsName};

    // "A12 Acceptance of international norms": UHRI's code and name. Themes written without a
    // code ("Acceptance of international norms") or with the matrix's own numbering ("2.1.
    // Acceptance of international norms") are known by their name.
    model::LabelRef theme(const std::string& written) {
        static const std::regex kUhriCode(R"(^([A-Z][0-9]{0,3}) +(\S.*)$)");
        static const std::regex kNumbered(R"(^[0-9]+(?:\.[0-9]+)*\.? +(\S.*)$)");
        std::smatch match;
        if (std::regex_match(written, match, kUhriCode))
            return themes.add(match[1].str(), match[2].str());
        std::string name = std::regex_match(written, match, kNumbered) ? match[1].str() : written;
        return themes.add(label_slug(name), name);
    }

    model::LabelRef affected(const std::string& written) {
        return affected_persons.add(label_slug(written), written);
    }

    // "16" (a goal) or "5.2" (a target, whose parent is its goal).
    model::LabelRef sdg(const std::string& number) {
        size_t dot = number.find('.');
        if (dot == std::string::npos)
            return sdgs.add(number, "SDG " + number);
        return sdgs.add(number, "SDG target " + number, number.substr(0, dot));
    }
};

core::Result<model::Response> response_of(const MatrixRecommendation& recommendation) {
    if (recommendation.position.empty())
        return model::Response::Pending;  // The matrix states no position yet.
    auto response = model::parse_response(recommendation.position);
    if (!response)
        return core::Error::invalid_input("paragraph " + recommendation.paragraph +
                                          ": unknown position '" + recommendation.position + "'");
    return *response;
}

// Everything but the id, which depends on the rows before it.
core::Result<model::Recommendation> recommendation_of(const MatrixRecommendation& row,
                                                      const std::string& symbol, Labels& labels) {
    model::Recommendation r;
    r.document = symbol;
    r.paragraph = row.paragraph;
    r.text = row.text;
    r.recommending_states = row.recommending_states;
    r.response = TRY(response_of(row));
    r.response_source = row.position_source;
    for (const std::string& theme : row.themes) r.labels.push_back(labels.theme(theme));
    for (const std::string& persons : row.affected_persons)
        r.labels.push_back(labels.affected(persons));
    for (const std::string& sdg : row.sdgs) r.labels.push_back(labels.sdg(sdg));
    model::normalise_labels(r.labels);
    r.provenance.importer = kOhchrMatrixImporter;
    r.provenance.importer_version = kOhchrMatrixImporterVersion;
    if (!row.section_theme.empty())
        r.provenance.source_ref = "theme: " + row.section_theme;
    return r;
}

}  // namespace

std::string label_slug(std::string_view name) {
    std::string lower = lower_case(core::trim(name));
    std::string slug;
    for (char c : lower) {
        bool kept = static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') ||
                    (c >= '0' && c <= '9');
        if (kept)
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    // A name of punctuation alone keeps itself as its code rather than none.
    return slug.empty() ? std::string(core::trim(name)) : slug;
}

core::Result<model::ImportBatch> import_ohchr_matrix(const MatrixDocument& matrix,
                                                     const std::string& file_name) {
    model::ImportBatch batch;
    batch.source = file_name;
    batch.format = kOhchrMatrixImporter;
    batch.documents.push_back(TRY(document_of(matrix, file_name)));
    const std::string& symbol = batch.documents.front().symbol;
    // Ids of their own: the Working Group report's importer derives its ids from the same symbol
    // and paragraph, and where the two transcriptions agree to the letter (most do: 155 of
    // Slovenia's 169 items of 2014) each import would overwrite the other's record and its
    // labels. Merging the two sources is a later step.
    const std::string id_scope = std::string(kOhchrMatrixImporter) + ":" + symbol;
    Labels labels;
    std::map<std::string, int> occurrences;  // By paragraph and text.
    for (const MatrixRecommendation& row : matrix.recommendations) {
        auto recommendation = recommendation_of(row, symbol, labels);
        if (!recommendation.ok())
            return recommendation.release_error().located(file_name);
        model::Recommendation& r = *recommendation;
        int occurrence = occurrences[r.paragraph + '\x1f' + r.text]++;
        r.id = model::make_recommendation_id(id_scope, r.paragraph, r.text, occurrence);
        batch.recommendations.push_back(std::move(r));
    }
    labels.themes.move_into(batch.taxonomies);
    labels.affected_persons.move_into(batch.taxonomies);
    labels.sdgs.move_into(batch.taxonomies);
    return batch;
}

}  // namespace rightstrack::ingest
