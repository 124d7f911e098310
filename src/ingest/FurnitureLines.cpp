#include "ingest/FurnitureLines.h"

#include <algorithm>
#include <cmath>

#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

size_t repeat_threshold(size_t pages) {
    auto threshold = static_cast<size_t>(std::ceil(kRepeatedShare * static_cast<double>(pages)));
    return std::max<size_t>(threshold, 2);
}

std::string furniture_signature(std::string_view text) {
    std::string folded = lower_case(text);
    bool keep_digits = paragraph_number_length(text) > 0;
    std::string signature;
    for (char c : folded) {
        if (c == ' ')
            continue;
        if (!keep_digits && is_digit(c)) {
            if (signature.empty() || signature.back() != '#')
                signature += '#';
            continue;
        }
        signature += c;
    }
    return signature;
}

bool is_page_number(std::string_view text) {
    std::string folded = lower_case(text);
    std::string_view rest = folded;
    if (rest.starts_with("page"))
        rest.remove_prefix(4);
    size_t digits = 0;
    for (size_t i = 0; i < rest.size(); ++i) {
        if (is_digit(rest[i])) {
            ++digits;
        } else if (rest.substr(i).starts_with("\xE2\x80\x93") ||
                   rest.substr(i).starts_with("\xE2\x80\x94")) {
            i += 2;  // An en or em dash.
        } else if (std::string_view(" -()[]/").find(rest[i]) == std::string_view::npos) {
            return false;
        }
    }
    return digits > 0 && digits <= 6;
}

bool is_job_number(std::string_view text) {
    return text.size() >= 8 && text.starts_with("GE.") && is_digit(text[3]) && is_digit(text[4]) &&
           text[5] == '-' && is_digit(text[6]);
}

bool is_barcode(std::string_view text) {
    return text.size() > 2 && text.front() == '*' && text.back() == '*' &&
           std::all_of(text.begin() + 1, text.end() - 1, is_digit);
}

bool is_rule(std::string_view text) {
    return text.size() >= 3 && text.find_first_not_of("_-=.\xE2\x80\x94") == std::string_view::npos;
}

}  // namespace rightstrack::ingest
