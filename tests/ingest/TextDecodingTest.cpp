// Encoding detection and decoding: realistic UPR samples encoded with this file's own tables,
// decoded back and compared, and the refusals with their messages and locations.
#include <gtest/gtest.h>

#include <cctype>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <string>

#include "ingest/TextDecoding.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

// Code points of a UTF-8 string (the test samples are well formed).
std::u32string code_points(std::string_view utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? c : c & (0x7F >> length);
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out += cp;
        i += length;
    }
    return out;
}

using Encoder = std::map<char32_t, unsigned char>;

// Each run lists characters whose bytes follow one another from `first`.
struct Run {
    const char* characters;
    unsigned first;
};

Encoder make_encoder(std::initializer_list<Run> runs) {
    Encoder encoder;
    for (const Run& run : runs) {
        unsigned byte = run.first;
        for (char32_t c : code_points(run.characters))
            encoder[c] = static_cast<unsigned char>(byte++);
    }
    return encoder;
}

const Encoder& windows1252() {
    static const Encoder encoder = [] {
        Encoder e = make_encoder({{"€", 0x80},
                                  {"‚ƒ„…†‡ˆ‰Š‹Œ", 0x82},
                                  {"Ž", 0x8E},
                                  {"‘’“”•–—˜™š›œ", 0x91},
                                  {"žŸ", 0x9E}});
        for (char32_t c = 0xA0; c <= 0xFF; ++c)  // ISO 8859-1 in the upper half.
            e[c] = static_cast<unsigned char>(c);
        return e;
    }();
    return encoder;
}

const Encoder& mac_roman() {
    static const Encoder encoder = make_encoder({
        {"ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü", 0x80},
        {"°", 0xA1},
        {"£§•", 0xA3},
        {"ß", 0xA7},
        {"©", 0xA9},
        {"«»…\u00A0ÀÃÕŒœ–—“”‘’", 0xC7},
        {"€", 0xDB},
        {"ÂÊÁËÈÍÎÏÌÓÔ", 0xE5},
        {"ÒÚÛÙ", 0xF1},
    });
    return encoder;
}

// Windows-1251: the Russian alphabet from 0xC0, with Ё and ё apart.
const Encoder& windows1251() {
    static const Encoder encoder = [] {
        Encoder e;
        for (char32_t c = U'А'; c <= U'я'; ++c)
            e[c] = static_cast<unsigned char>(0xC0 + (c - U'А'));
        e[U'Ё'] = 0xA8;
        e[U'ё'] = 0xB8;
        return e;
    }();
    return encoder;
}

std::string encode(std::string_view utf8, const Encoder& encoder) {
    std::string out;
    for (char32_t c : code_points(utf8)) {
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        auto found = encoder.find(c);
        if (found == encoder.end()) {
            ADD_FAILURE() << "no byte for U+" << std::hex << static_cast<unsigned>(c);
            continue;
        }
        out += static_cast<char>(found->second);
    }
    return out;
}

const char kUprSample[] =
    "id,session,cycle,state_under_review,recommending_state,response,issues,text\r\n"
    "101,5,1,Côte d'Ivoire,France,Accepted,Women’s rights,\"Adopter une loi-cadre sur "
    "l’égalité – et veiller à son application effective.\"\r\n"
    "102,9,1,São Tomé and Príncipe,Türkiye,Noted,Justice,\"Ensure that the State’s “National "
    "Action Plan” — covering 2012–2016 — is fully funded.\"\r\n"
    "103,12,2,Türkiye,Côte d’Ivoire,Accepted,Minorities,\"Consider ratifying ILO Convention "
    "No. 169… and strengthen the Ombudsman’s role.\"\r\n"
    "104,13,2,Perú,España,Accepted,Education,\"Garantizar la educación intercultural bilingüe "
    "de los niños indígenas; año 2015.\"\r\n";

// Short texts where only a few characters tell the encodings apart.
const char* const kHardSamples[] = {
    "The State’s obligations under the Covenant don’t change with the Government.",
    "Ensure “effective remedies” – including compensation – for all victims.",
    "Rights—including those of migrants—must be protected.",
    "Menschenrechte für Flüchtlinge in Österreich: Straße, Gemeinde und Behörde.",
    "Garantizar la participación de la población indígena; año 2015.",
    "Renforcer l’indépendance de la Commission nationale des droits de l’homme à Genève.",
    "São Tomé e Príncipe: reforçar a proteção das crianças.",
    "Türkiye and Côte d’Ivoire",
};

struct Case {
    const char* text;
    SourceEncoding encoding;
};

void PrintTo(const Case& c, std::ostream* out) {
    *out << encoding_name(c.encoding) << ": " << c.text;
}

class RoundTrip : public ::testing::TestWithParam<Case> {};

TEST_P(RoundTrip, DetectsTheEncodingAndRestoresTheText) {
    const Case& c = GetParam();
    std::string bytes = c.encoding == SourceEncoding::Windows1252 ? encode(c.text, windows1252())
                        : c.encoding == SourceEncoding::MacRoman ? encode(c.text, mac_roman())
                                                                 : std::string(c.text);
    if (c.encoding == SourceEncoding::Utf8WithBom)
        bytes = "\xEF\xBB\xBF" + bytes;
    auto decoded = decode_text(bytes, "sample.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
    EXPECT_EQ(encoding_name(decoded->encoding), encoding_name(c.encoding));
    EXPECT_EQ(decoded->utf8, c.text);
}

std::vector<Case> all_cases() {
    std::vector<Case> cases;
    for (SourceEncoding e : {SourceEncoding::Utf8, SourceEncoding::Utf8WithBom,
                             SourceEncoding::Windows1252, SourceEncoding::MacRoman}) {
        cases.push_back({kUprSample, e});
        for (const char* text : kHardSamples)
            cases.push_back({text, e});
    }
    return cases;
}

// Names such as "Windows1252_3", so that a failure says which sample and encoding broke.
std::string case_name(const ::testing::TestParamInfo<Case>& info) {
    std::string encoding(encoding_name(info.param.encoding));
    std::string name;
    for (char c : encoding)
        if (std::isalnum(static_cast<unsigned char>(c)))
            name += c;
    return name + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(Samples, RoundTrip, ::testing::ValuesIn(all_cases()), case_name);

TEST(TextDecoding, NamesTheEncodings) {
    EXPECT_EQ(encoding_name(SourceEncoding::Utf8), "UTF-8");
    EXPECT_EQ(encoding_name(SourceEncoding::Utf8WithBom), "UTF-8 with BOM");
    EXPECT_EQ(encoding_name(SourceEncoding::Windows1252), "Windows-1252");
    EXPECT_EQ(encoding_name(SourceEncoding::MacRoman), "Mac Roman");
}

TEST(TextDecoding, EmptyAndAsciiAreUtf8) {
    EXPECT_EQ(decode_text("", "a.csv")->encoding, SourceEncoding::Utf8);
    auto ascii = decode_text("a,b\r\n1,2\r\n", "a.csv");
    EXPECT_EQ(ascii->encoding, SourceEncoding::Utf8);
    EXPECT_EQ(ascii->utf8, "a,b\r\n1,2\r\n");
}

TEST(TextDecoding, KeepsFourByteUtf8) {
    auto decoded = decode_text("Emoji 😀 and 𝄞", "a.csv");
    EXPECT_EQ(decoded->encoding, SourceEncoding::Utf8);
}

TEST(TextDecoding, MalformedUtf8IsNotTakenForUtf8) {
    // An overlong "/", a UTF-16 surrogate, and a code point above U+10FFFF.
    for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
        auto decoded = decode_text("abc " + bad + " def", "a.csv");
        EXPECT_TRUE(!decoded.ok() || decoded->encoding != SourceEncoding::Utf8);
    }
}

TEST(TextDecoding, KeepsClassicMacLineEnds) {
    std::string text = "id,state\r1,Côte d’Ivoire\r2,São Tomé\r";
    auto decoded = decode_text(encode(text, mac_roman()), "mac.csv");
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, SourceEncoding::MacRoman);
    EXPECT_EQ(decoded->utf8, text);
}

TEST(TextDecoding, Utf16WithByteOrderMarkIsRefused) {
    std::string bytes = "\xFF\xFE";
    for (char c : std::string("id,text\r\n1,hello\r\n")) {
        bytes += c;
        bytes += '\0';
    }
    auto decoded = decode_text(bytes, "upr.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(decoded.error().where(), "upr.csv:1");
    EXPECT_NE(decoded.error().message().find("looks like UTF-16"), std::string::npos)
        << decoded.error().message();
}

TEST(TextDecoding, Utf16WithoutByteOrderMarkIsRefused) {
    std::string bytes;
    for (char c : std::string("id,text\n1,hello world\n")) {
        bytes += '\0';
        bytes += c;
    }
    auto decoded = decode_text(bytes, "upr.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message().find("looks like UTF-16 (big-endian"), std::string::npos)
        << decoded.error().message();
}

TEST(TextDecoding, Utf32ByteOrderMarkIsRefused) {
    auto decoded = decode_text(std::string("\xFF\xFE\0\0a\0\0\0", 8), "upr.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message().find("UTF-32"), std::string::npos);
}

TEST(TextDecoding, NulByteIsRefusedWithItsLine) {
    std::string bytes = "id,text\n1,first\n2,sec";
    bytes += '\0';
    bytes += "ond\n";
    auto decoded = decode_text(bytes, "upr.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().where(), "upr.csv:3");
    EXPECT_NE(decoded.error().message().find("NUL"), std::string::npos);
}

TEST(TextDecoding, BinaryIsRefused) {
    std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    auto with_nul = decode_text(png, "image.csv");
    ASSERT_FALSE(with_nul.ok());
    EXPECT_EQ(with_nul.error().kind(), core::ErrorKind::InvalidInput);

    std::mt19937 random(42);
    std::string noise;
    for (int i = 0; i < 4096; ++i)
        noise += static_cast<char>(1 + random() % 255);
    auto decoded = decode_text(noise, "noise.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_NE(decoded.error().message().find("not in a supported encoding"), std::string::npos);
    EXPECT_NE(decoded.error().message().find("binary"), std::string::npos)
        << decoded.error().message();
}

TEST(TextDecoding, CyrillicWindows1251IsRefused) {
    std::string utf8 =
        "id,state_under_review,text\n"
        "1,Кыргызстан,\"Обеспечить защиту прав человека, в том числе прав женщин и детей, и "
        "укрепить независимость Омбудсмена (Акыйкатчы).\"\n"
        "2,Кыргызстан,\"Ратифицировать Факультативный протокол к Конвенции против пыток; "
        "ещё раз рассмотреть закон о НКО.\"\n";
    auto decoded = decode_text(encode(utf8, windows1251()), "kgz.csv");
    ASSERT_FALSE(decoded.ok());
    const core::Error& error = decoded.error();
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "kgz.csv:2");
    for (const char* part : {"not in a supported encoding", "Cyrillic", "UTF-8, UTF-8 with BOM",
                             "Windows-1252", "Mac Roman"})
        EXPECT_NE(error.message().find(part), std::string::npos) << part << ": " << error.message();
}

TEST(TextDecoding, Utf8ByteOrderMarkWithBrokenBodyIsRefused) {
    auto decoded = decode_text("\xEF\xBB\xBFid\nCaf\xE9\n", "upr.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().where(), "upr.csv:2");
    EXPECT_NE(decoded.error().message().find("0xE9"), std::string::npos);
}

TEST(TextDecoding, LargeSingleByteFileIsFast) {
    std::string utf8;
    while (utf8.size() < 6'000'000)
        utf8 += kUprSample;
    std::string bytes = encode(utf8, windows1252());
    auto start = std::chrono::steady_clock::now();
    auto decoded = decode_text(bytes, "big.csv");
    auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, SourceEncoding::Windows1252);
    EXPECT_EQ(decoded->utf8, utf8);
    std::cout << "[   timing ] Windows-1252 decode of " << bytes.size() << " bytes: "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
}

TEST(TextDecoding, RealUprInfoExportIsUtf8) {
    auto path = testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::string bytes = testing::read_file(path);
    auto start = std::chrono::steady_clock::now();
    auto decoded = decode_text(bytes, path.filename().string());
    auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
    EXPECT_EQ(decoded->encoding, SourceEncoding::Utf8);
    EXPECT_EQ(decoded->utf8.size(), bytes.size());
    std::cout << "[   timing ] UTF-8 check and copy of " << bytes.size() << " bytes: "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
}

}  // namespace
}  // namespace rightstrack::ingest
