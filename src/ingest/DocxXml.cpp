#include "ingest/DocxXml.h"

#include <charconv>

namespace rightstrack::ingest {
namespace {

constexpr std::string_view kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string_view local_name(std::string_view name) {
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view attribute_named(const pugi::xml_node& node, std::string_view prefix,
                                 std::string_view local) {
    for (const pugi::xml_attribute& attribute : node.attributes()) {
        std::string_view name = attribute.name();
        if (name.size() == prefix.size() + local.size() && name.starts_with(prefix) &&
            name.ends_with(local))
            return attribute.value();
    }
    return {};
}

// Element and attribute names of one part. Prefixes are whatever the part declares for the
// WordprocessingML and relationships namespaces (almost always "w" and "r"), so they are looked
// up rather than assumed.
class Names {
public:
    explicit Names(const pugi::xml_node& root)
        : w_(prefix_of(root, kWordNamespace, "w")),
          r_(prefix_of(root, kRelationshipsNamespace, "r")) {}

    bool is(const pugi::xml_node& node, std::string_view local) const {
        std::string_view name = node.name();
        return name.size() == w_.size() + local.size() && name.starts_with(w_) &&
               name.ends_with(local);
    }
    pugi::xml_node child(const pugi::xml_node& node, std::string_view local) const {
        for (const pugi::xml_node& candidate : node.children())
            if (is(candidate, local))
                return candidate;
        return {};
    }
    std::string_view value(const pugi::xml_node& node, std::string_view local) const {
        return attribute_named(node, w_, local);
    }
    std::string_view relationship_id(const pugi::xml_node& node) const {
        return attribute_named(node, r_, "id");
    }

private:
    static std::string prefix_of(const pugi::xml_node& root, std::string_view uri,
                                 std::string_view fallback) {
        for (const pugi::xml_attribute& attribute : root.attributes()) {
            std::string_view name = attribute.name();
            if (attribute.value() != uri)
                continue;
            if (name == "xmlns")
                return "";
            if (name.starts_with("xmlns:"))
                return std::string(name.substr(6)) + ":";
        }
        return std::string(fallback) + ":";
    }

    std::string w_;
    std::string r_;
};

void append_utf8(char32_t code, std::string& out) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

// Reads WordprocessingML content. Only the elements that carry text are entered, so deleted
// text (w:del, w:moveFrom), field instructions and drawings are left out by construction.
class BlockReader {
public:
    explicit BlockReader(const Names& names) : n_(names) {}

    void read_blocks(const pugi::xml_node& container, std::vector<DocxBlock>& out) const {
        for (const pugi::xml_node& node : container.children()) {
            if (n_.is(node, "p"))
                out.push_back(read_paragraph(node));
            else if (n_.is(node, "tbl"))
                out.push_back(read_table(node));
            else if (is_wrapper(node))
                read_blocks(node, out);
        }
    }

private:
    // Content controls and custom XML wrap paragraphs, rows, cells or runs at any level.
    bool is_wrapper(const pugi::xml_node& node) const {
        return n_.is(node, "sdt") || n_.is(node, "sdtContent") || n_.is(node, "customXml");
    }

    bool is_inline_container(const pugi::xml_node& node) const {
        return is_wrapper(node) || n_.is(node, "ins") || n_.is(node, "moveTo") ||
               n_.is(node, "hyperlink") || n_.is(node, "smartTag") || n_.is(node, "fldSimple") ||
               n_.is(node, "bdo") || n_.is(node, "dir");
    }

    DocxParagraph read_paragraph(const pugi::xml_node& p) const {
        DocxParagraph paragraph;
        paragraph.style = n_.value(n_.child(n_.child(p, "pPr"), "pStyle"), "val");
        append_inline(p, paragraph.text);
        return paragraph;
    }

    void append_inline(const pugi::xml_node& parent, std::string& out) const {
        for (const pugi::xml_node& node : parent.children()) {
            if (n_.is(node, "r"))
                append_run(node, out);
            else if (is_inline_container(node))
                append_inline(node, out);
        }
    }

    void append_run(const pugi::xml_node& run, std::string& out) const {
        for (const pugi::xml_node& node : run.children()) {
            if (n_.is(node, "t"))
                out += node.child_value();
            else if (n_.is(node, "tab") || n_.is(node, "ptab"))
                out += '\t';
            else if (n_.is(node, "br") || n_.is(node, "cr"))
                out += '\n';
            else if (n_.is(node, "noBreakHyphen"))
                out += '-';
            else if (n_.is(node, "sym"))
                append_symbol(node, out);
        }
    }

    // w:sym names a character by its code in a font. Codes in the private use area U+F000-U+F0FF
    // are positions in a symbol font (Symbol, Wingdings) with no Unicode meaning: left out.
    void append_symbol(const pugi::xml_node& sym, std::string& out) const {
        std::string_view hex = n_.value(sym, "char");
        unsigned code = 0;
        auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
        if (error != std::errc() || end != hex.data() + hex.size() || code == 0)
            return;
        if ((code >= 0xF000 && code <= 0xF0FF) || code > 0x10FFFF ||
            (code >= 0xD800 && code <= 0xDFFF))
            return;
        append_utf8(char32_t(code), out);
    }

    DocxTable read_table(const pugi::xml_node& tbl) const {
        DocxTable table;
        read_rows(tbl, table.rows);
        return table;
    }

    void read_rows(const pugi::xml_node& parent, std::vector<DocxRow>& rows) const {
        for (const pugi::xml_node& node : parent.children()) {
            if (n_.is(node, "tr") && !n_.child(n_.child(node, "trPr"), "del")) {
                DocxRow row;
                read_cells(node, row.cells);
                rows.push_back(std::move(row));
            } else if (is_wrapper(node)) {
                read_rows(node, rows);
            }
        }
    }

    void read_cells(const pugi::xml_node& parent, std::vector<DocxCell>& cells) const {
        for (const pugi::xml_node& node : parent.children()) {
            if (n_.is(node, "tc"))
                cells.push_back(read_cell(node));
            else if (is_wrapper(node))
                read_cells(node, cells);
        }
    }

    DocxCell read_cell(const pugi::xml_node& tc) const {
        DocxCell cell;
        pugi::xml_node properties = n_.child(tc, "tcPr");
        std::string_view span = n_.value(n_.child(properties, "gridSpan"), "val");
        int columns = 1;
        std::from_chars(span.data(), span.data() + span.size(), columns);
        cell.grid_span = std::max(columns, 1);
        pugi::xml_node merge = n_.child(properties, "vMerge");
        cell.vertical_merge_continue = merge && n_.value(merge, "val") != "restart";
        std::vector<DocxBlock> blocks;
        read_blocks(tc, blocks);
        cell.paragraphs = flatten_paragraphs(std::move(blocks));
        return cell;
    }

    const Names& n_;
};

// "word/../media/x.png" -> "media/x.png": resolves "." and ".." segments of a package path.
std::string normalise_path(std::string_view path) {
    std::vector<std::string_view> segments;
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = path.find('/', start);
        if (slash == std::string_view::npos)
            slash = path.size();
        std::string_view segment = path.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty())
                segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string joined;
    for (std::string_view segment : segments)
        joined.append(joined.empty() ? "" : "/").append(segment);
    return joined;
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
    if (target.starts_with("/"))
        return normalise_path(target);
    size_t slash = source_part.rfind('/');
    std::string_view folder =
        slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash + 1);
    return normalise_path(std::string(folder) + std::string(target));
}

std::string_view relationship_attribute(const pugi::xml_node& relationship, std::string_view name) {
    for (const pugi::xml_attribute& attribute : relationship.attributes())
        if (local_name(attribute.name()) == name)
            return attribute.value();
    return {};
}

}  // namespace

core::Result<pugi::xml_document> parse_word_xml(std::string_view bytes, std::string_view part,
                                                const std::string& file_name) {
    pugi::xml_document xml;
    // Whitespace-only text must be kept: <w:t xml:space="preserve"> </w:t> is a real space.
    pugi::xml_parse_result result =
        xml.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result)
        return core::Error::invalid_input("malformed XML in " + std::string(part) +
                                              " at byte offset " + std::to_string(result.offset) +
                                              ": " + result.description(),
                                          file_name);
    return xml;
}

bool is_word_document(const pugi::xml_document& xml) {
    pugi::xml_node root = xml.document_element();
    return Names(root).is(root, "document");
}

std::vector<DocxBlock> read_word_blocks(const pugi::xml_document& xml) {
    pugi::xml_node root = xml.document_element();
    Names names(root);
    pugi::xml_node body = names.is(root, "document") ? names.child(root, "body") : root;
    std::vector<DocxBlock> blocks;
    BlockReader(names).read_blocks(body, blocks);
    return blocks;
}

std::vector<DocxParagraph> flatten_paragraphs(std::vector<DocxBlock> blocks) {
    std::vector<DocxParagraph> paragraphs;
    for (DocxBlock& block : blocks) {
        if (auto* paragraph = std::get_if<DocxParagraph>(&block)) {
            paragraphs.push_back(std::move(*paragraph));
            continue;
        }
        for (DocxRow& row : std::get<DocxTable>(block).rows)
            for (DocxCell& cell : row.cells)
                for (DocxParagraph& paragraph : cell.paragraphs)
                    paragraphs.push_back(std::move(paragraph));
    }
    return paragraphs;
}

std::vector<std::string> header_relationship_ids(const pugi::xml_document& main) {
    pugi::xml_node root = main.document_element();
    Names names(root);
    std::vector<std::string> ids;
    // A section's properties end the body, or sit in the last paragraph of each earlier section.
    for (const pugi::xml_node& node : names.child(root, "body").children()) {
        pugi::xml_node section =
            names.is(node, "sectPr") ? node : names.child(names.child(node, "pPr"), "sectPr");
        for (const pugi::xml_node& reference : section.children())
            if (names.is(reference, "headerReference"))
                ids.emplace_back(names.relationship_id(reference));
    }
    return ids;
}

std::string office_document_target(const pugi::xml_document& package_rels) {
    for (const pugi::xml_node& relationship : package_rels.document_element().children()) {
        if (relationship_attribute(relationship, "Type").ends_with("/officeDocument"))
            return resolve_target("", relationship_attribute(relationship, "Target"));
    }
    return {};
}

std::string relationships_part_name(std::string_view part) {
    size_t slash = part.rfind('/');
    if (slash == std::string_view::npos)
        return "_rels/" + std::string(part) + ".rels";
    return std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) +
           ".rels";
}

std::string relationship_target(const pugi::xml_document& rels, std::string_view id,
                                std::string_view source_part) {
    for (const pugi::xml_node& relationship : rels.document_element().children()) {
        if (relationship_attribute(relationship, "Id") != id ||
            relationship_attribute(relationship, "TargetMode") == "External")
            continue;
        return resolve_target(source_part, relationship_attribute(relationship, "Target"));
    }
    return {};
}

}  // namespace rightstrack::ingest
