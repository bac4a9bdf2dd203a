// The tests that let find_date skip its regular expressions: a text they turn away must hold no
// match of the expression they stand for. Checked against copies of dates.cpp's expressions on
// the forms read_date documents and on every text built from fragments of dates and mastheads.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "loaders/metadata/date_shapes.hpp"
#include "loaders/metadata/dates.hpp"

using namespace sg::loaders;

namespace {

const std::string kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const std::regex kIso("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
const std::regex kDayMonthYear("(\\d{1,2})(?:st|nd|rd|th)? " + kMonth + ",? (\\d{4})", std::regex::icase);
const std::regex kMonthDayYear(kMonth + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", std::regex::icase);

void check_necessary(const std::string& s) {
    CAPTURE(s);
    if (std::regex_search(s, kIso)) CHECK(has_iso_date_shape(s));
    if (std::regex_search(s, kDayMonthYear) || std::regex_search(s, kMonthDayYear)) CHECK(has_month_date_shape(s));
}

}  // namespace

TEST_CASE("date shapes: the documented forms pass, mastheads without a date do not") {
    for (const char* s : {"2014-06-12", "2014-06-12T09:30", "2014-06-12 09:30:15", "Published 2014-06-12"})
        CHECK(has_iso_date_shape(s));
    for (const char* s : {"12 June 2014", "12th Jun. 2014", "June 12, 2014", "Thursday, 12 June 2014",
                          "12 SEPT 2014", "Posted: dec 3rd, 1999"})
        CHECK(has_month_date_shape(s));
    CHECK_FALSE(has_iso_date_shape("pulse june2020 80x101px"));
    CHECK_FALSE(has_month_date_shape("pulse june2020 80x101px"));                     // no " 2020"
    CHECK_FALSE(has_month_date_shape("At the heart of general practice since 1960"));  // no month
    CHECK_FALSE(has_iso_date_shape("2014-6-12"));
    // what dateline finds is unchanged where a shape passes
    CHECK(dateline("pulse june2020 80x101px\nPublished 12 June 2014\n") == std::optional<std::string>("2014-06-12"));
    CHECK(dateline("At the heart of general practice since 1960\nJune 12, 2014\n") == std::optional<std::string>("2014-06-12"));
    CHECK(dateline("pulse june2020 80x101px\n") == std::nullopt);
    CHECK(read_date("2014-06-12T09:30") == std::optional<std::string>("2014-06-12T09:30:00"));
}

TEST_CASE("date shapes: never turn away a text an expression matches") {
    const std::vector<std::string> parts = {"", " ", "12", "3rd", "June", "jun.", "SEPT", "Sep", ",", "2014",
                                            "-", "06", "2014-06-12", "T09:30", "since", "x", "May", "1960"};
    for (const auto& a : parts)
        for (const auto& b : parts)
            for (const auto& c : parts)
                for (const auto& d : {std::string(""), std::string(" "), std::string(" 2014")}) {
                    check_necessary(a + " " + b + c + d);
                    check_necessary(a + b + " " + c + d);
                }
}
