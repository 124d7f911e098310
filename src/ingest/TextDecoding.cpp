#include "ingest/TextDecoding.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

#include "core/Text.h"
#include "ingest/CodePages.h"
#include "ingest/EncodingScorer.h"

namespace rightstrack::ingest {
namespace {

using core::Error;
using core::find_invalid_utf8;

// 1-based line of `offset`; lines end with LF, CRLF or (classic Mac files) a lone CR.
size_t line_of(std::string_view bytes, size_t offset) {
    size_t line = 1;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
        bool crlf = bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n';
        line += (bytes[i] == '\n' || bytes[i] == '\r') && !crlf;
    }
    return line;
}

std::string where(const std::string& file_name, size_t line) {
    return file_name + ":" + std::to_string(line);
}

std::string hex_byte(unsigned char c) {
    constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

std::string supported_encodings() {
    std::string list;
    for (SourceEncoding e : {SourceEncoding::Utf8, SourceEncoding::Utf8WithBom,
                             SourceEncoding::Windows1252, SourceEncoding::MacRoman}) {
        list += list.empty() ? "" : ", ";
        list += encoding_name(e);
    }
    return "supported encodings: " + list + "; save the file as UTF-8 and upload it again";
}

std::optional<Error> refuse_wide_bom(std::string_view bytes, const std::string& file_name) {
    struct Bom {
        std::string_view bytes;
        const char* name;
    };
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    static constexpr Bom kBoms[] = {
        {{"\xFF\xFE\0\0", 4}, "UTF-32 (little-endian)"},
        {{"\0\0\xFE\xFF", 4}, "UTF-32 (big-endian)"},
        {"\xFF\xFE", "UTF-16 (little-endian)"},
        {"\xFE\xFF", "UTF-16 (big-endian)"},
    };
    for (const Bom& bom : kBoms) {
        if (bytes.starts_with(bom.bytes))
            return Error::invalid_input(std::string("the file looks like ") + bom.name +
                                            ": it starts with that byte order mark; " +
                                            supported_encodings(),
                                        where(file_name, 1));
    }
    return std::nullopt;
}

// UTF-16 text in a Latin script has a NUL in every other byte: odd offsets in little-endian.
const char* utf16_byte_order(std::string_view bytes) {
    size_t sample = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
    size_t pairs = sample / 2, even_nuls = 0, odd_nuls = 0;
    for (size_t i = 0; i < sample; i += 2) {
        even_nuls += bytes[i] == '\0';
        odd_nuls += bytes[i + 1] == '\0';
    }
    auto dominant = [pairs](size_t many, size_t few) {
        return many * 10 >= pairs * 6 && few * 10 < pairs;
    };
    if (pairs >= 2 && dominant(odd_nuls, even_nuls))
        return "little-endian";
    if (pairs >= 2 && dominant(even_nuls, odd_nuls))
        return "big-endian";
    return nullptr;
}

std::optional<Error> refuse_nul_bytes(std::string_view bytes, const std::string& file_name) {
    const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
    if (nul == nullptr)
        return std::nullopt;
    size_t offset = static_cast<const char*>(nul) - bytes.data();
    std::string at = where(file_name, line_of(bytes, offset));
    if (const char* order = utf16_byte_order(bytes))
        return Error::invalid_input(std::string("the file looks like UTF-16 (") + order +
                                        ", without a byte order mark): every other byte is NUL; " +
                                        supported_encodings(),
                                    at);
    return Error::invalid_input("the file contains a NUL byte (at byte " + std::to_string(offset) +
                                    "), so it is binary data, not text; " + supported_encodings(),
                                at);
}

Error refuse_unreadable(std::string_view bytes, const std::string& file_name, size_t offset,
                        const Weighing& weighing) {
    std::string message = "the file is not in a supported encoding: byte " +
                          hex_byte(static_cast<unsigned char>(bytes[offset])) +
                          " is not valid UTF-8, and the text reads as neither Windows-1252 nor "
                          "Mac Roman";
    if (weighing.control_bytes * 100 > bytes.size())
        message += "; it looks like binary data, not text";
    else if (weighing.non_latin_letters * 10 >= weighing.high_bytes * 6)
        message += "; it looks like text in a non-Latin alphabet, such as Cyrillic in "
                   "Windows-1251 or KOI8-R";
    message += "; " + supported_encodings();
    return Error::invalid_input(message, where(file_name, line_of(bytes, offset)));
}

}  // namespace

std::string_view encoding_name(SourceEncoding encoding) {
    switch (encoding) {
    case SourceEncoding::Utf8: return "UTF-8";
    case SourceEncoding::Utf8WithBom: return "UTF-8 with BOM";
    case SourceEncoding::Windows1252: return "Windows-1252";
    case SourceEncoding::MacRoman: return "Mac Roman";
    }
    return "UTF-8";
}

namespace {

// Where UTF-8 starts in `bytes`: after a UTF-8 byte order mark if there is one, else at 0.
// Refuses what no supported encoding can be (wide byte order marks, NUL bytes) and a BOM
// followed by invalid UTF-8.
core::Result<size_t> utf8_start(std::string_view bytes, const std::string& file_name) {
    if (auto error = refuse_wide_bom(bytes, file_name))
        return *error;
    if (auto error = refuse_nul_bytes(bytes, file_name))
        return *error;
    constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
    if (!bytes.starts_with(kUtf8Bom))
        return size_t{0};
    size_t invalid = find_invalid_utf8(bytes.substr(kUtf8Bom.size()));
    if (invalid == std::string_view::npos)
        return kUtf8Bom.size();
    size_t offset = invalid + kUtf8Bom.size();
    // The mark declares UTF-8; guessing another encoding behind it would hide a broken file.
    return Error::invalid_input(
        "the file starts with a UTF-8 byte order mark but byte " +
            hex_byte(static_cast<unsigned char>(bytes[offset])) + " is not valid UTF-8",
        where(file_name, line_of(bytes, offset)));
}

// `bytes` are not UTF-8 (the first invalid byte is at `invalid`): Windows-1252, Mac Roman, or
// refused.
core::Result<DecodedText> decode_legacy(std::string_view bytes, const std::string& file_name,
                                        size_t invalid) {
    Weighing weighing = weigh(bytes);
    const Evidence& windows = weighing.windows1252;
    const Evidence& mac = weighing.mac_roman;
    // Windows-1252 wins ties: it is by far the more common of the two.
    if (windows.plausible() && (!mac.plausible() || windows.score >= mac.score))
        return DecodedText{decode_single_byte(bytes, CodePage::Windows1252),
                           SourceEncoding::Windows1252};
    if (mac.plausible())
        return DecodedText{decode_single_byte(bytes, CodePage::MacRoman),
                           SourceEncoding::MacRoman};
    return refuse_unreadable(bytes, file_name, invalid, weighing);
}

}  // namespace

core::Result<DecodedText> decode_text(std::string bytes, const std::string& file_name) {
    size_t start = TRY(utf8_start(bytes, file_name));
    if (start > 0) {
        bytes.erase(0, start);
        return DecodedText{std::move(bytes), SourceEncoding::Utf8WithBom};
    }
    size_t invalid = find_invalid_utf8(bytes);
    if (invalid == std::string_view::npos)
        return DecodedText{std::move(bytes), SourceEncoding::Utf8};
    return decode_legacy(bytes, file_name, invalid);
}

}  // namespace rightstrack::ingest
