#include "web/SvgChart.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "web/Html.h"

namespace rightstrack::web {
namespace {

// Colours with a contrast of at least 3:1 against white (WCAG 2.1's for graphics), told apart
// without red against green.
std::string_view colour_of(std::string_view key) {
    if (key == "supported")
        return "#1f5f99";
    if (key == "partially_supported")
        return "#5b8fc7";
    if (key == "noted")
        return "#b35c00";
    if (key == "pending")
        return "#6b6b6b";
    return "#12355b";
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// A class name from a key: letters, digits, '-' and '_' only.
std::string class_of(std::string_view key) {
    std::string out = "bar-";
    for (char c : key)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
    return out;
}

// Code points, not bytes: a Cyrillic label is as wide as a Latin one of as many letters.
std::size_t characters(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// At most `limit` characters (code points, not bytes), "…" in place of the rest.
std::string shortened(std::string_view text, std::size_t limit) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        if (characters++ == limit)
            return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

std::string opening(const ChartText& text, int width, int height) {
    const std::string title_id = escape(text.id) + "-title";
    const std::string desc_id = escape(text.id) + "-desc";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
           std::to_string(width) + " " + std::to_string(height) + "\" aria-labelledby=\"" +
           title_id + " " + desc_id + "\">\n<title id=\"" + title_id + "\">" + escape(text.title) +
           "</title>\n<desc id=\"" + desc_id + "\">" + escape(text.description) + "</desc>\n";
}

std::string text_at(double x, double y, std::string_view anchor, std::string_view content) {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" +
           std::string(anchor) + "\" font-size=\"12\" fill=\"#1a1a1a\">" + escape(content) +
           "</text>\n";
}

std::string rect(double x, double y, double width, double height, std::string_view key,
                 std::string_view tooltip) {
    return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) +
           "\" height=\"" + number(height) + "\" fill=\"" + std::string(colour_of(key)) +
           "\" class=\"" + class_of(key) + "\"><title>" + escape(tooltip) + "</title></rect>\n";
}

std::string legend(const std::vector<BarPart>& parts, double y) {
    std::string out;
    double x = 48;
    for (const auto& part : parts) {
        out += "<rect x=\"" + number(x) + "\" y=\"" + number(y - 10) +
               "\" width=\"12\" height=\"12\" fill=\"" + std::string(colour_of(part.key)) +
               "\" class=\"" + class_of(part.key) + "\"/>\n";
        out += text_at(x + 16, y, "start", part.label);
        x += 16 + 7.0 * static_cast<double>(characters(part.label)) + 24;
    }
    return out;
}

}  // namespace

std::uint32_t round_up_axis(std::uint32_t value) {
    std::uint64_t power = 1;
    while (true) {
        for (std::uint64_t step : {1, 2, 5})
            if (step * power >= value)
                return static_cast<std::uint32_t>(std::max<std::uint64_t>(step * power, 1));
        power *= 10;
    }
}

std::string stacked_bar_chart(const ChartText& text, const std::vector<Bar>& bars) {
    constexpr int kHeight = 300, kLeft = 48, kTop = 40, kBottom = 260, kBarSlot = 96;
    // Wide enough for the legend however few the bars.
    const int width = std::max(640, kLeft + static_cast<int>(bars.size()) * kBarSlot + 16);
    std::uint32_t highest = 0;
    for (const auto& bar : bars) {
        std::uint32_t total = 0;
        for (const auto& part : bar.parts) total += part.value;
        highest = std::max(highest, total);
    }
    const std::uint32_t axis = round_up_axis(highest);
    const double scale = static_cast<double>(kBottom - kTop) / axis;
    std::string out = opening(text, width, kHeight);
    if (!bars.empty())
        out += legend(bars.front().parts, 20);
    for (std::uint32_t tick : {0u, axis / 2, axis}) {
        const double y = kBottom - tick * scale;
        out += "<line x1=\"" + number(kLeft) + "\" x2=\"" + number(width - 8) + "\" y1=\"" +
               number(y) + "\" y2=\"" + number(y) + "\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>\n";
        out += text_at(kLeft - 6, y + 4, "end", std::to_string(tick));
    }
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double x = kLeft + static_cast<double>(i) * kBarSlot + 20;
        double y = kBottom;
        for (const auto& part : bars[i].parts) {
            if (part.value == 0)
                continue;
            const double height = part.value * scale;
            y -= height;
            out += rect(x, y, kBarSlot - 40, height, part.key,
                        bars[i].label + ": " + part.label + " " + std::to_string(part.value));
        }
        out += text_at(x + (kBarSlot - 40) / 2.0, kBottom + 18, "middle", bars[i].label);
    }
    return out + "</svg>\n";
}

std::string horizontal_bar_chart(const ChartText& text, const std::vector<HorizontalBar>& bars) {
    constexpr int kWidth = 640, kLabels = 240, kRow = 24, kTop = 8, kRight = 56;
    const int height = kTop * 2 + std::max<int>(1, static_cast<int>(bars.size())) * kRow;
    std::uint32_t highest = 1;
    for (const auto& bar : bars) highest = std::max(highest, bar.value);
    const double scale = static_cast<double>(kWidth - kLabels - kRight) / highest;
    std::string out = opening(text, kWidth, height);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = kTop + static_cast<double>(i) * kRow;
        const double length = bars[i].value * scale;
        out += text_at(kLabels - 8, y + 16, "end", shortened(bars[i].label, 34));
        out += rect(kLabels, y + 4, length, kRow - 8, "total",
                    bars[i].label + ": " + std::to_string(bars[i].value));
        out += text_at(kLabels + length + 6, y + 16, "start", std::to_string(bars[i].value));
    }
    return out + "</svg>\n";
}

}  // namespace rightstrack::web
