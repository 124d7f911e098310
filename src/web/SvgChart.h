// Charts for server-rendered pages as inline SVG, drawn here rather than by a script (pages work
// without JavaScript) and without inline styles (the Content-Security-Policy forbids them):
// colours are presentation attributes, and each bar carries a class that static/site.css may
// restyle. Every chart has a <title> and <desc> named by aria-labelledby, and each bar its own
// <title> with the exact number; the page puts a table with the same numbers beside it. Pure
// functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::web {

// One part of a stacked bar: `key` picks its colour and class ("bar-supported"), `label` is what
// people read in the legend and the bar's tooltip.
struct BarPart {
    std::string key;
    std::string label;
    std::uint32_t value = 0;
};

struct Bar {
    std::string label;
    std::vector<BarPart> parts;  // Bottom to top; every bar lists the same keys in one order.
};

struct ChartText {
    std::string id;  // Unique within the page: the ids of <title> and <desc> derive from it.
    std::string title;
    std::string description;
};

// Vertical bars, each stacked from its parts, with a legend of the first bar's parts and an
// axis from zero to a round maximum.
std::string stacked_bar_chart(const ChartText& text, const std::vector<Bar>& bars);

struct HorizontalBar {
    std::string label;
    std::uint32_t value = 0;
};

// One bar per row, longest first as given, each labelled on its left and counted on its right.
std::string horizontal_bar_chart(const ChartText& text, const std::vector<HorizontalBar>& bars);

// The smallest of 1, 2, 5 times a power of ten that is at least `value` (an axis' end).
std::uint32_t round_up_axis(std::uint32_t value);

}  // namespace rightstrack::web
