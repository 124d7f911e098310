#include "ingest/DocxReader.h"

#include <zip.h>

#include <memory>
#include <optional>
#include <unordered_set>

#include "ingest/DocxXml.h"

namespace rightstrack::ingest {
namespace {

// Every OLE2 compound file, the container of Word 97-2003 .doc files, starts with these bytes.
constexpr std::string_view kOle2Magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kDefaultMainPart = "word/document.xml";
// Guards against zip bombs: no real document part comes near this.
constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t(256) << 20;

struct ZipDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ZipDiscard>;
using ArchiveFile = std::unique_ptr<zip_file_t, ZipFileClose>;

core::Result<Archive> open_archive(std::string_view bytes, const std::string& file_name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (archive == nullptr) {
        if (source)
            zip_source_free(source);
        return core::Error::invalid_input("is not a DOCX (not a zip archive)", file_name);
    }
    return Archive(archive);
}

// The bytes of one part, or nullopt when the archive has no such part. Part names are
// case-insensitive in OOXML, so the lookup is too.
core::Result<std::optional<std::string>> read_part(zip_t* archive, std::string_view name,
                                                   const std::string& file_name) {
    zip_int64_t index = zip_name_locate(archive, std::string(name).c_str(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::optional<std::string>();
    zip_stat_t stat;
    zip_stat_init(&stat);
    ArchiveFile file(zip_fopen_index(archive, zip_uint64_t(index), 0));
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 || !file ||
        (stat.valid & ZIP_STAT_SIZE) == 0)
        return core::Error::invalid_input("cannot read " + std::string(name) + " from the archive",
                                          file_name);
    if (stat.size > kMaxPartBytes)
        return core::Error::invalid_input(std::string(name) + " is too large", file_name);
    std::string bytes(stat.size, '\0');
    zip_int64_t read = zip_fread(file.get(), bytes.data(), bytes.size());
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return core::Error::invalid_input(
            std::string(name) + " is damaged in the archive: " + zip_file_strerror(file.get()),
            file_name);
    return std::optional<std::string>(std::move(bytes));
}

core::Result<pugi::xml_document> parse_part(zip_t* archive, std::string_view name,
                                            const std::string& file_name) {
    auto bytes = TRY(read_part(archive, name, file_name));
    if (!bytes)
        return core::Error::invalid_input(std::string(name) + " is missing from the archive",
                                          file_name);
    return parse_word_xml(*bytes, name, file_name);
}

// The main document part named by the package relationships, so that documents whose body is
// not at the usual word/document.xml are read too.
core::Result<std::string> main_part_name(zip_t* archive, const std::string& file_name) {
    auto package_rels = TRY(read_part(archive, "_rels/.rels", file_name));
    if (package_rels) {
        auto xml = TRY(parse_word_xml(*package_rels, "_rels/.rels", file_name));
        std::string target = office_document_target(xml);
        if (!target.empty())
            return target;
    }
    return std::string(kDefaultMainPart);
}

// Paragraphs of every page header the document's sections use, each header part once.
core::Status append_page_headers(zip_t* archive, const std::string& main_part,
                                 const pugi::xml_document& main, const std::string& file_name,
                                 std::vector<DocxBlock>& blocks) {
    std::vector<std::string> ids = header_relationship_ids(main);
    if (ids.empty())
        return {};
    auto rels = TRY(read_part(archive, relationships_part_name(main_part), file_name));
    if (!rels)
        return {};
    auto rels_xml = TRY(parse_word_xml(*rels, relationships_part_name(main_part), file_name));
    std::unordered_set<std::string> seen;
    for (const std::string& id : ids) {
        std::string part = relationship_target(rels_xml, id, main_part);
        if (part.empty() || !seen.insert(part).second)
            continue;
        auto header = TRY(parse_part(archive, part, file_name));
        for (DocxParagraph& paragraph : flatten_paragraphs(read_word_blocks(header))) {
            paragraph.style = std::string(kDocxPageHeaderStyle);
            blocks.push_back(std::move(paragraph));
        }
    }
    return {};
}

}  // namespace

std::string DocxCell::text() const {
    std::string text;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            text += '\n';
        text += paragraphs[i].text;
    }
    return text;
}

core::Result<std::vector<DocxBlock>> read_docx(std::string_view bytes,
                                               const std::string& file_name) {
    if (bytes.starts_with(kOle2Magic))
        return core::Error::invalid_input(
            "is an old binary Word document (.doc), which rightstrack cannot read: open it in "
            "Word or LibreOffice and save it as .docx",
            file_name);
    // libzip takes zero bytes for an empty archive.
    if (bytes.empty())
        return core::Error::invalid_input("is not a DOCX (the file is empty)", file_name);
    Archive archive = TRY(open_archive(bytes, file_name));
    std::string main_part = TRY(main_part_name(archive.get(), file_name));
    auto main_bytes = TRY(read_part(archive.get(), main_part, file_name));
    if (!main_bytes)
        return core::Error::invalid_input(
            "is a zip archive but not a Word document (it has no " + main_part + ")", file_name);
    auto main = TRY(parse_word_xml(*main_bytes, main_part, file_name));
    if (!is_word_document(main))
        return core::Error::invalid_input(
            "is a zip archive but not a Word document (" + main_part + " is not WordprocessingML)",
            file_name);
    std::vector<DocxBlock> blocks;
    TRY(append_page_headers(archive.get(), main_part, main, file_name, blocks));
    for (DocxBlock& block : read_word_blocks(main)) blocks.push_back(std::move(block));
    return blocks;
}

}  // namespace rightstrack::ingest
