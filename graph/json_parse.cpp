#include "graph/json_parse.hpp"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <system_error>

namespace sg {
namespace {

// A SAX handler that builds `doc` (through its own handler functions) and converts the numbers
// RapidJSON hands over as text (kParseNumbersAsStringsFlag).
class ExactNumbers {
public:
    explicit ExactNumbers(rapidjson::Document& doc) : doc_(doc) {}

    bool Null() { return doc_.Null(); }
    bool Bool(bool b) { return doc_.Bool(b); }
    bool Int(int i) { return doc_.Int(i); }
    bool Uint(unsigned u) { return doc_.Uint(u); }
    bool Int64(std::int64_t i) { return doc_.Int64(i); }
    bool Uint64(std::uint64_t u) { return doc_.Uint64(u); }
    bool Double(double d) { return doc_.Double(d); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc_.String(s, n, copy); }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc_.Key(s, n, copy); }
    bool StartObject() { return doc_.StartObject(); }
    bool EndObject(rapidjson::SizeType n) { return doc_.EndObject(n); }
    bool StartArray() { return doc_.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { return doc_.EndArray(n); }

    // `s` follows JSON's number grammar (the reader checked it): -?int(.frac)?([eE][+-]?exp)?
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        const char* end = s + n;
        const bool integer = std::string_view(s, n).find_first_of(".eE") == std::string_view::npos;
        if (integer && *s == '-') {
            std::int64_t i = 0;
            if (std::from_chars(s, end, i).ec == std::errc()) return doc_.Int64(i);
        } else if (integer) {
            std::uint64_t u = 0;
            if (std::from_chars(s, end, u).ec == std::errc()) return doc_.Uint64(u);
        }
        double d = 0;
        const auto r = std::from_chars(s, end, d);
        if (r.ec == std::errc()) return doc_.Double(d);
        // Out of range: too small rounds to zero or a subnormal (as RapidJSON does); too big is
        // an error, as in RapidJSON. strtod tells the two apart (LC_NUMERIC is never changed).
        d = std::strtod(std::string(s, n).c_str(), nullptr);
        if (std::isinf(d)) {
            too_big = true;
            return false;
        }
        return doc_.Double(d);
    }

    bool too_big = false;

private:
    rapidjson::Document& doc_;
};

}  // namespace

rapidjson::ParseResult parse_json_exact(rapidjson::Document& doc, std::string_view text) {
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    rapidjson::ParseResult result;
    auto generate = [&](rapidjson::Document& d) {
        ExactNumbers handler(d);
        rapidjson::MemoryStream in(text.data(), text.size());
        rapidjson::Reader reader;
        result = reader.Parse<kFlags>(in, handler);
        if (handler.too_big) result.Set(rapidjson::kParseErrorNumberTooBig, result.Offset());
        return !result.IsError();
    };
    doc.Populate(generate);
    return result;
}

}  // namespace sg
