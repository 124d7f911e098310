// Reading PDFs: real UN reports read in order and fast enough, tiny PDFs built here test the
// layout rules (columns, sideways text, raised marks) and every refusal.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "ingest/PdfReader.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::read_file;
using rightstrack::testing::shared_data;

// A PDF made of `objects` (object n is objects[n - 1], the first one the catalog) with a correct
// cross-reference table; `trailer` adds entries to the trailer.
std::string pdf_of(const std::vector<std::string>& objects, const std::string& trailer = "") {
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
        std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " + trailer +
           " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

std::string stream_of(const std::string& data, const std::string& entries = "") {
    return "<< /Length " + std::to_string(data.size()) + " " + entries + " >>\nstream\n" + data +
           "\nendstream";
}

// An A4 PDF whose pages draw `contents` (content streams) with Helvetica as /F1 and a one-pixel
// image as /Im1. Objects: 1 catalog, 2 pages, 3 font, 4 image, then a page and its contents each.
std::vector<std::string> page_objects(const std::vector<std::string>& contents) {
    std::string kids;
    for (size_t i = 0; i < contents.size(); ++i) kids += std::to_string(5 + 2 * i)
        + " 0 R ";
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream_of("\xff",
                  "/Type /XObject /Subtype /Image /Width 1 /Height 1 "
                  "/ColorSpace /DeviceGray /BitsPerComponent 8")};
    for (size_t i = 0; i < contents.size(); ++i) {
        objects.push_back(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
            "/Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents " +
            std::to_string(6 + 2 * i) + " 0 R >>");
        objects.push_back(stream_of(contents[i]));
    }
    return objects;
}

std::string pdf_with_pages(const std::vector<std::string>& contents) {
    return pdf_of(page_objects(contents));
}

// Draws `text` in 10-point Helvetica with its baseline at (x, y), PDF coordinates (from the
// bottom of the page), turned by the text matrix's first four numbers.
std::string text_at(const std::string& text, double x, double y, const char* turn = "1 0 0 1",
                    double size = 10) {
    return "BT /F1 " + std::to_string(size) + " Tf " + turn + " " + std::to_string(x) + " " +
           std::to_string(y) + " Tm (" + text + ") Tj ET\n";
}

std::vector<std::string> texts_of(const PageText& page) {
    std::vector<std::string> texts;
    for (const TextLine& line : page.lines)
        texts.push_back(line.text);
    return texts;
}

void expect_refused(const std::string& bytes, const std::string& message_start) {
    auto pages = read_pdf_pages(bytes, "upload.pdf");
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error().kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(pages.error().where(), "upload.pdf");
    EXPECT_TRUE(pages.error().message().starts_with(message_start)) << pages.error().message();
}

TEST(PdfReader, ReadsARealReportPageByPageInReadingOrder) {
    auto path = shared_data("un-reports/upr-wg-cycle1/kyrgysztan2010.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    auto pages = read_pdf_pages(read_file(path), path.string());
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    ASSERT_EQ(pages->size(), 24u);
    for (size_t i = 0; i < pages->size(); ++i) {
        const PageText& page = (*pages)[i];
        EXPECT_EQ(page.number, static_cast<int>(i + 1));
        EXPECT_NEAR(page.height, 842, 1);
        for (size_t k = 1; k < page.lines.size(); ++k) {
            const TextLine& above = page.lines[k - 1];
            const TextLine& line = page.lines[k];
            EXPECT_LE(above.y + above.height, line.y + line.height + 1) << "page " << page.number;
        }
    }
    std::vector<std::string> first = texts_of(pages->front());
    EXPECT_EQ(first[0], "United Nations");
    EXPECT_EQ(first[1], "A/HRC/15/2");
    EXPECT_NE(std::find(first.begin(), first.end(), "16 June 2010"), first.end());
    std::vector<std::string> twelve = texts_of((*pages)[11]);
    auto heading =
        std::find(twelve.begin(), twelve.end(), "II. Conclusions and/or recommendations");
    ASSERT_NE(heading, twelve.end());
    EXPECT_TRUE(heading[1].starts_with("76. The recommendations formulated")) << heading[1];
    EXPECT_TRUE(heading[3].starts_with("76.1. Sign and ratify")) << heading[3];
    // UTF-8 out of poppler's UTF-16: the apostrophe of "Kyrgyzstan’s" is U+2019.
    std::string all;
    for (const TextLine& line : (*pages)[11].lines)
        all += line.text + "\n";
    EXPECT_NE(all.find("Kyrgyzstan\xE2\x80\x99s citizens"), std::string::npos);
}

TEST(PdfReader, ReadsATwoColumnPageColumnByColumn) {
    const std::string title = "Both columns share this title, which runs across the gutter of the page";
    std::string content = text_at(title, 72, 790);
    for (int i = 1; i <= 10; ++i) {
        double y = 760 - 14 * i;
        content +=
            text_at("Left column, line " + std::to_string(i) + ", of running text here", 72, y);
        content +=
            text_at("Right column, line " + std::to_string(i) + ", of running text ok", 320, y);
    }
    auto pages = read_pdf_pages(pdf_with_pages({content}), "columns.pdf");
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    std::vector<std::string> expected = {title};
    for (const char* side : {"Left column, line ", "Right column, line "}) {
        for (int i = 1; i <= 10; ++i) {
            bool left = std::string(side).starts_with("Left");
            expected.push_back(side + std::to_string(i) +
                               (left ? ", of running text here" : ", of running text ok"));
        }
    }
    EXPECT_EQ(texts_of(pages->front()), expected);
}

TEST(PdfReader, CutsALineOnlyAtAWideGap) {
    std::string content = text_at("United Nations", 72, 790) + text_at("A/HRC/15/2", 480, 790) +
                          text_at("76.", 113, 700) + text_at("The recommendations", 142, 700);
    auto pages = read_pdf_pages(pdf_with_pages({content}), "gaps.pdf");
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    EXPECT_EQ(texts_of(pages->front()), (std::vector<std::string>{"United Nations", "A/HRC/15/2",
                                                                  "76. The recommendations"}));
    const TextLine& symbol = pages->front().lines[1];
    EXPECT_NEAR(symbol.x, 480, 1);
    EXPECT_NEAR(symbol.y + symbol.height, 842 - 790, 4);
}

TEST(PdfReader, KeepsARaisedFootnoteMarkOnItsLine) {
    std::string content = text_at("Report of the Working Group", 72, 700) +
                          text_at("*", 200.5, 704, "1 0 0 1", 6) + text_at("Kyrgyzstan", 72, 680);
    auto pages = read_pdf_pages(pdf_with_pages({content}), "mark.pdf");
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    std::vector<std::string> lines = texts_of(pages->front());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].starts_with("Report of the Working Group")) << lines[0];
    EXPECT_TRUE(lines[0].ends_with("*")) << lines[0];
    EXPECT_EQ(lines[1], "Kyrgyzstan");
}

TEST(PdfReader, TurnsSidewaysTextUpright) {
    // Each line reads downwards (the tops of the letters face right); the next line is to the
    // left of the one before.
    std::string content;
    for (int i = 1; i <= 3; ++i)
        content += text_at("Sideways line " + std::to_string(i), 400 - 14 * i, 700, "0 -1 1 0");
    auto pages = read_pdf_pages(pdf_with_pages({content}), "sideways.pdf");
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    EXPECT_EQ(texts_of(pages->front()),
              (std::vector<std::string>{"Sideways line 1", "Sideways line 2", "Sideways line 3"}));
}

TEST(PdfReader, RefusesBytesThatAreNotAPdf) {
    std::mt19937 random(7);
    std::string bytes(4096, '\0');
    for (char& c : bytes)
        c = static_cast<char>(random());
    expect_refused(bytes, "cannot be read as a PDF: it does not start with a PDF header");
    expect_refused("", "cannot be read as a PDF");
}

TEST(PdfReader, RefusesATruncatedPdf) {
    auto path = shared_data("un-reports/upr-wg-cycle1/kyrgysztan2010.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::string bytes = read_file(path);
    expect_refused(bytes.substr(0, bytes.size() / 2),
                   "cannot be read as a PDF: the file is truncated");
}

TEST(PdfReader, RefusesADamagedPdf) {
    expect_refused("%PDF-1.4\nthis is not a PDF body at all\n%%EOF\n", "cannot be read as a PDF");
}

TEST(PdfReader, RefusesAnEncryptedPdf) {
    // The standard security handler with a user password that the empty password does not open:
    // /U is 32 bytes no empty password produces.
    std::vector<std::string> objects = page_objects({text_at("Secret", 72, 700)});
    std::string digest(64, 'A');
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + digest + "> /U <" +
                      digest + "> >>");
    std::string trailer = "/Encrypt " + std::to_string(objects.size()) +
                          " 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                          "<0123456789ABCDEF0123456789ABCDEF>]";
    expect_refused(pdf_of(objects, trailer), "is encrypted and needs a password");
}

TEST(PdfReader, RefusesAPdfWithoutText) {
    const std::string message = "has no text layer (a scanned image?); rightstrack needs a PDF";
    expect_refused(pdf_with_pages({""}), message);
    expect_refused(pdf_with_pages({"q 500 0 0 700 50 70 cm /Im1 Do Q", ""}), message);
}

TEST(PdfReader, ReadsAPdfWhoseOnlyTextIsOnALaterPage) {
    auto pages = read_pdf_pages(pdf_with_pages({"", text_at("Page two", 72, 700)}), "late.pdf");
    ASSERT_TRUE(pages.ok()) << pages.error().describe();
    ASSERT_EQ(pages->size(), 2u);
    EXPECT_TRUE((*pages)[0].lines.empty());
    EXPECT_EQ(texts_of((*pages)[1]), std::vector<std::string>{"Page two"});
}

// The processor time a thread has used, in seconds: unlike the time on the clock, it does not
// grow when other work shares the machine.
double thread_seconds() {
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) * 1e-9;
}

// All 192 first-cycle reports, read on two threads as an import of many files would. The times
// are printed; each thread's processor time, what the whole takes on two free cores, must stay
// well under 20 seconds (Release build).
TEST(PdfReader, ReadsAllFirstCycleReportsQuickly) {
    auto folder = shared_data("un-reports/upr-wg-cycle1");
    RIGHTSTRACK_REQUIRE_DATA(folder);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".pdf")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 192u);
    std::vector<std::string> bytes;
    for (const auto& file : files)
        bytes.push_back(read_file(file));
    std::vector<size_t> page_counts(files.size());
    std::vector<std::string> failures(files.size());
    double busy[2] = {0, 0};
    auto read_share = [&](size_t first) {
        double start = thread_seconds();
        for (size_t i = first; i < files.size(); i += 2) {
            auto pages = read_pdf_pages(bytes[i], files[i].filename().string());
            if (pages.ok())
                page_counts[i] = pages->size();
            else
                failures[i] = pages.error().describe();
        }
        busy[first] = thread_seconds() - start;
    };
    auto start = std::chrono::steady_clock::now();
    std::thread other(read_share, 1);
    read_share(0);
    other.join();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    size_t total = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        EXPECT_EQ(failures[i], "") << files[i];
        EXPECT_GT(page_counts[i], 5u) << files[i];
        total += page_counts[i];
    }
    double slowest = std::max(busy[0], busy[1]);
    std::cout << "[ timing ] read " << files.size() << " PDFs (" << total << " pages) in "
              << seconds << " s on 2 threads; processor time " << busy[0] << " s + " << busy[1]
              << " s\n";
#ifdef NDEBUG
    EXPECT_LT(slowest, 20.0);
#endif
}

}  // namespace
}  // namespace rightstrack::ingest
