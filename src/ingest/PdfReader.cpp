#include "ingest/PdfReader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <array>
#include <climits>
#include <exception>
#include <memory>
#include <mutex>

#include "ingest/PdfLines.h"

namespace rightstrack::ingest {
namespace {

// poppler reports every oddity of a damaged file on stderr; a server or a batch import must not
// print them, and the reader reports what matters itself.
void ignore_poppler_message(const std::string&, void*) {}

void silence_poppler() {
    static std::once_flag once;
    std::call_once(once,
                   [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

core::Error unreadable(const std::string& file_name, const std::string& why) {
    return core::Error::invalid_input("cannot be read as a PDF: " + why, file_name);
}

// The header may follow some junk (the specification allows it within the first kilobyte).
bool has_pdf_header(std::string_view bytes) {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

// A PDF ends with "%%EOF". poppler rebuilds a file cut short and shows the pages it still finds,
// which would import half a report without a word; a download that broke off must be refused.
bool has_end_marker(std::string_view bytes) {
    size_t tail = std::min<size_t>(bytes.size(), 1024);
    return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

core::Status check_bytes(std::string_view bytes, const std::string& file_name) {
    if (!has_pdf_header(bytes))
        return unreadable(file_name, "it does not start with a PDF header (%PDF-)");
    if (!has_end_marker(bytes))
        return unreadable(file_name, "the file is truncated (it lacks the %%EOF end marker)");
    if (bytes.size() > static_cast<size_t>(INT_MAX))
        return unreadable(file_name, "the file is larger than 2 GB");
    return {};
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// poppler's own ustring::to_utf8() opens an iconv converter on every call, which made a tenth of
// the reading time when called for every word; UTF-16 is simple enough to convert here.
std::string utf8_of(const poppler::ustring& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        bool high = c >= 0xD800 && c < 0xDC00;
        if (high && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;  // A lone surrogate.
        append_utf8(out, c);
    }
    return out;
}

bool is_blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Turns a word set at `rotation` quarter turns clockwise upright on a page of `width` x `height`
// points, so that the same layout code reads sideways pages.
PageWord upright(PageWord word, int rotation, double width, double height) {
    double x0 = word.x0, y0 = word.y0, x1 = word.x1, y1 = word.y1;
    auto place = [&](double left, double top, double right, double bottom) {
        word.x0 = left;
        word.y0 = top;
        word.x1 = right;
        word.y1 = bottom;
    };
    switch (rotation) {
    case 1: place(y0, width - x1, y1, width - x0); break;  // Reads downwards.
    case 2: place(width - x1, height - y1, width - x0, height - y0); break;  // Upside down.
    case 3: place(height - y1, x0, height - y0, x1); break;  // Reads upwards.
    default: break;
    }
    return word;
}

int dominant_rotation(const std::vector<poppler::text_box>& boxes) {
    std::array<size_t, 4> counts{};
    for (const poppler::text_box& box : boxes)
        ++counts[static_cast<size_t>(box.rotation()) & 3];
    return static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

PageText read_page(const poppler::page& page, int number) {
    poppler::rectf box = page.page_rect(poppler::crop_box);
    double width = box.width(), height = box.height();
    auto orientation = page.orientation();
    if (orientation == poppler::page::landscape || orientation == poppler::page::seascape)
        std::swap(width, height);
    std::vector<poppler::text_box> boxes = page.text_list();
    int rotation = dominant_rotation(boxes);
    std::vector<PageWord> words;
    words.reserve(boxes.size());
    for (const poppler::text_box& text_box : boxes) {
        std::string text = utf8_of(text_box.text());
        if (text_box.rotation() != rotation || is_blank(text))
            continue;
        poppler::rectf r = text_box.bbox();
        PageWord word{std::move(text), r.left(), r.top(), r.right(), r.bottom(),
                      text_box.has_space_after()};
        words.push_back(upright(std::move(word), rotation, width, height));
    }
    bool sideways = rotation == 1 || rotation == 3;
    PageText result{number, {}, sideways ? height : width, sideways ? width : height};
    result.lines = lay_out_words(std::move(words), number, result.width);
    return result;
}

core::Result<std::vector<PageText>> read_pages(const poppler::document& document,
                                               const std::string& file_name) {
    std::vector<PageText> pages;
    bool any_text = false;
    for (int index = 0; index < document.pages(); ++index) {
        std::unique_ptr<poppler::page> page(document.create_page(index));
        if (!page)
            return unreadable(file_name, "page " + std::to_string(index + 1) + " is damaged");
        pages.push_back(read_page(*page, index + 1));
        any_text = any_text || !pages.back().lines.empty();
    }
    if (pages.empty())
        return unreadable(file_name, "it has no pages");
    if (!any_text) {
        return core::Error::invalid_input(
            "has no text layer (a scanned image?); rightstrack needs a PDF with text", file_name);
    }
    return pages;
}

}  // namespace

core::Result<std::vector<PageText>> read_pdf_pages(std::string_view bytes,
                                                   const std::string& file_name) {
    TRY(check_bytes(bytes, file_name));
    silence_poppler();
    try {
        std::unique_ptr<poppler::document> document(
            poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
        if (!document)
            return unreadable(file_name, "the file is damaged");
        if (document->is_locked()) {
            return core::Error::invalid_input(
                "is encrypted and needs a password; import a copy saved without protection",
                file_name);
        }
        return read_pages(*document, file_name);
    } catch (const std::exception& e) {
        return unreadable(file_name, e.what());
    }
}

}  // namespace rightstrack::ingest
