// Lines are the same line across documents (BoilerplateModel) when they differ only in case and
// in white space: runs of spaces, tabs and no-break spaces count as one space, and none counts at
// either end. Other bytes, a no-break space's first byte before anything else among them, stay.
#include <doctest/doctest.h>

#include "loaders/segmentation/segmentation.hpp"

using namespace sg::loaders;

TEST_CASE("boilerplate lines: the same across case and white space, not across other bytes") {
    BoilerplateModel model;
    model.learn("Headline one\nSign up to our NEWSLETTER \xC2\xA9 2020\nBody of the first.\n");
    model.learn("Headline two\n  sign up\tto  our\xC2\xA0newsletter \xC2\xA9 2020  \nBody of the second.\n");
    CHECK(model.repeated("Sign up to our NEWSLETTER \xC2\xA9 2020"));
    CHECK(model.repeated("SIGN\xC2\xA0\xC2\xA0UP TO OUR NEWSLETTER \t\xC2\xA9 2020"));
    CHECK_FALSE(model.repeated("Sign up to our NEWSLETTER \xC2\xA9 2021"));
    CHECK_FALSE(model.repeated("Sign up to our NEWSLETTER \xC2\xAA 2020"));     // another character after 0xC2
    CHECK_FALSE(model.repeated("Sign up to our NEWSLETTER\xC2\xA9 2020"));      // no space before the ©
    CHECK_FALSE(model.repeated("Sign-up to our NEWSLETTER \xC2\xA9 2020"));
    CHECK_FALSE(model.repeated("Headline one"));  // in one document only
}

TEST_CASE("line key: a line's key made once answers both furniture tests as the line does") {
    // segment() makes a line's key once and asks the corpus model and the patterns about it
    // (repeated_key, is_boilerplate_key): each must answer as the test of the line itself.
    sg::loaders::BoilerplateModel model;
    model.learn("Sign up to our NEWSLETTER\nFirst story body.\n");
    model.learn("SIGN  UP to our newsletter\nSecond story body.\n");
    for (const char* line : {"Sign up to our NEWSLETTER", "sign up TO our\xC2\xA0newsletter", "First story body.",
                             "Click here to read our liveblog", "Click here to read our liveblog.:", "",
                             "The council said it would advertise the post.", "For more on the vote, click here."}) {
        const std::string key = sg::loaders::line_key_of(line);
        CHECK(model.repeated_key(key) == model.repeated(line));
        CHECK(sg::loaders::is_boilerplate_key(key) == sg::loaders::is_boilerplate_pattern(line));
    }
    CHECK(model.repeated_key(sg::loaders::line_key_of("Sign up to our NEWSLETTER")));
    CHECK(sg::loaders::is_boilerplate_key(sg::loaders::line_key_of("Click here to read our liveblog")));
    CHECK_FALSE(sg::loaders::is_boilerplate_key(sg::loaders::line_key_of("First story body.")));
}
