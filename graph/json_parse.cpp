#include "graph/json_parse.hpp"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

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

namespace sg {

namespace {

constexpr double kHugeNumber = 9.2e18;  // just inside the range of int64 and uint64

bool huge(const rapidjson::Value& v) {
    return v.IsDouble() && !(v.GetDouble() > -kHugeNumber && v.GetDouble() < kHugeNumber);
}

// Whether any number is huge: one pass with no strings, as a snapshot is usually clean.
bool any_huge_number(const rapidjson::Value& root) {
    std::vector<const rapidjson::Value*> todo{&root};
    while (!todo.empty()) {
        const rapidjson::Value& v = *todo.back();
        todo.pop_back();
        if (huge(v)) return true;
        if (v.IsArray())
            for (const auto& e : v.GetArray()) todo.push_back(&e);
        else if (v.IsObject())
            for (const auto& m : v.GetObject()) todo.push_back(&m.value);
    }
    return false;
}

}  // namespace

std::optional<std::string> first_huge_number(const rapidjson::Value& root) {
    if (!any_huge_number(root)) return std::nullopt;
    // Found one: walk again in document order, now keeping the pointers, to name the first.
    struct Item {
        const rapidjson::Value* value;
        std::string pointer;
    };
    std::vector<Item> todo{{&root, ""}};
    while (!todo.empty()) {
        Item item = std::move(todo.back());
        todo.pop_back();
        const rapidjson::Value& v = *item.value;
        if (huge(v)) return item.pointer.empty() ? std::string("/") : item.pointer;
        if (v.IsArray()) {
            for (rapidjson::SizeType i = v.Size(); i-- > 0;)
                todo.push_back({&v[i], item.pointer + "/" + std::to_string(i)});
        } else if (v.IsObject()) {
            std::vector<Item> members;
            for (const auto& m : v.GetObject())
                members.push_back({&m.value, item.pointer + "/" + std::string(m.name.GetString(), m.name.GetStringLength())});
            todo.insert(todo.end(), std::make_move_iterator(members.rbegin()), std::make_move_iterator(members.rend()));
        }
    }
    return std::nullopt;
}

}  // namespace sg
