#include "loaders/codebook/json_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "graph/error.hpp"
#include "graph/json_parse.hpp"

namespace sg::loaders {
namespace {

// 1-based line and column (in bytes) of a byte offset, for syntax errors.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::string pointer_text(const rapidjson::Pointer& p) {
    rapidjson::StringBuffer sb;
    p.Stringify(sb);
    std::string s = sb.GetString();
    return s.empty() ? "/" : s;
}

std::string short_value(const rapidjson::Value& v) {
    if (v.IsString()) return "\"" + std::string(v.GetString(), v.GetStringLength()) + "\"";
    if (v.IsNumber()) return "a number";
    if (v.IsBool()) return "a boolean";
    if (v.IsNull()) return "null";
    if (v.IsArray()) return "an array";
    return "an object";
}

// Turns RapidJSON's (schema pointer, keyword) into a sentence a user can act on.
std::string explain(const rapidjson::Value* schema, const rapidjson::Value* instance,
                    std::string_view keyword, std::string_view property) {
    auto member = [&](const char* name) -> const rapidjson::Value* {
        if (!schema || !schema->IsObject()) return nullptr;
        auto it = schema->FindMember(name);
        return it == schema->MemberEnd() ? nullptr : &it->value;
    };
    if (keyword == "required" && instance && instance->IsObject()) {
        if (const auto* req = member("required"); req && req->IsArray())
            for (const auto& r : req->GetArray())
                if (r.IsString() && !instance->HasMember(r.GetString()))
                    return std::string("missing required property \"") + r.GetString() + "\"";
        return "missing a required property";
    }
    if (keyword == "additionalProperties" && !property.empty())
        return "unknown property \"" + std::string(property) + "\"";
    if (keyword == "additionalProperties" && instance && instance->IsObject()) {
        const auto* props = member("properties");
        for (const auto& m : instance->GetObject())
            if (!props || !props->IsObject() || !props->HasMember(m.name))
                return std::string("unknown property \"") + m.name.GetString() + "\"";
        return "unknown property";
    }
    if (keyword == "type") {
        std::string want = "another type";
        if (const auto* t = member("type"); t && t->IsString()) {
            std::string type = t->GetString();
            bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
            want = (vowel ? "an " : "a ") + type;
        }
        return "expected " + want + (instance ? ", found " + short_value(*instance) : "");
    }
    if (keyword == "pattern") {
        std::string pat;
        if (const auto* p = member("pattern"); p && p->IsString()) pat = p->GetString();
        return (instance ? short_value(*instance) : std::string("value")) + " does not match " + pat;
    }
    if (keyword == "enum") {
        std::string allowed;
        if (const auto* e = member("enum"); e && e->IsArray())
            for (const auto& v : e->GetArray())
                if (v.IsString()) allowed += (allowed.empty() ? "" : ", ") + std::string(v.GetString());
        return (instance ? short_value(*instance) : std::string("value")) + " is not one of: " + allowed;
    }
    if (keyword == "minLength" || keyword == "minItems" || keyword == "minProperties")
        return "must not be empty";
    if (keyword == "uniqueItems") return "has duplicate items";
    if (keyword == "minimum" || keyword == "maximum") return "number out of range";
    return "does not satisfy the schema (" + std::string(keyword) + ")";
}

}  // namespace

std::string read_text_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) throw FileError(file.string() + ": is a folder, not a file");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string() + ": cannot read file: " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw FileError(file.string() + ": read error");
    return std::move(ss).str();
}

rapidjson::Document parse_and_validate(std::string_view text, const std::string& label,
                                       std::string_view schema_json) {
    // A byte order mark (editors on some systems add one) is not JSON: skip a whole one. Both
    // passes below then read the same bytes through the same raw stream; Document::Parse would
    // skip each BOM byte on its own, so "\xBF..." parsed there but not in the validating pass,
    // and a document that was never validated went on to the loaders (found by fuzzing).
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    rapidjson::Document doc;
    {
        rapidjson::MemoryStream in(text.data(), text.size());
        // Invalid UTF-8 is an error at its line and column: a codebook or annotations file is
        // written by a person, who should fix the byte rather than find U+FFFD in the graph.
        doc.ParseStream<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(in);
    }
    if (doc.HasParseError()) {
        auto [line, col] = line_column(text, doc.GetErrorOffset());
        throw FileError(label + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
                        rapidjson::GetParseError_En(doc.GetParseError()));
    }
    if (const auto at = first_huge_number(doc))
        throw FileError(label + ": " + *at + ": number out of range (beyond 64-bit integers)");
    rapidjson::Document schema_doc;
    schema_doc.Parse<rapidjson::kParseIterativeFlag>(schema_json.data(), schema_json.size());
    if (schema_doc.HasParseError())  // a build defect, not a user error; still report, never crash
        throw FileError(label + ": internal error: embedded schema does not parse");
    rapidjson::SchemaDocument schema(schema_doc);
    rapidjson::SchemaValidator validator(schema);
    // Validate from the text through the iterative SAX reader rather than Document::Accept,
    // which recurses once per nesting level of the input.
    rapidjson::Reader reader;
    rapidjson::MemoryStream ms(text.data(), text.size());
    const rapidjson::ParseResult validated =
        reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(ms, validator);
    if (validated.IsError() && validator.IsValid())  // stopped for another reason than the schema
        throw FileError(label + ": internal error: the file parsed once but not twice");
    if (!validator.IsValid()) {
        rapidjson::Pointer doc_ptr = validator.GetInvalidDocumentPointer();
        rapidjson::Pointer schema_ptr = validator.GetInvalidSchemaPointer();
        const rapidjson::Value* instance = doc_ptr.Get(doc);
        const rapidjson::Value* schema_node = schema_ptr.Get(schema_doc);
        // For an unknown property RapidJSON points at the property itself.
        std::string_view property;
        if (doc_ptr.GetTokenCount() > 0) {
            const auto& last = doc_ptr.GetTokens()[doc_ptr.GetTokenCount() - 1];
            if (last.index == rapidjson::kPointerInvalidIndex) property = std::string_view(last.name, last.length);
        }
        throw FileError(label + ": " + pointer_text(doc_ptr) + ": " +
                        explain(schema_node, instance, validator.GetInvalidSchemaKeyword(), property));
    }
    return doc;
}

std::string json_pointer(std::string_view member, std::size_t index) {
    return "/" + std::string(member) + "/" + std::to_string(index);
}

}  // namespace sg::loaders
