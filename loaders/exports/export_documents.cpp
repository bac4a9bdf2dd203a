#include "loaders/exports/export_documents.hpp"

namespace sg::loaders {
namespace {

// Appends text bytes [b, e) of the export to `doc`, mapped to the file through `inner`.
void append(SourceText& doc, std::string_view text, std::size_t b, std::size_t e, const OffsetMap* inner) {
    doc.text.append(text.substr(b, e - b));
    if (!inner || inner->identity()) {
        doc.map.add(e - b, b, e, true);
        return;
    }
    for (std::size_t k = b; k < e; ++k) {
        const Span s = inner->to_file(k, k + 1);
        doc.map.add(1, s.start, s.end, s.end - s.start == 1);
    }
}

void separator(SourceText& doc, std::size_t at, const OffsetMap* inner) {
    const std::size_t file_at = inner && !inner->identity() ? inner->to_file(at, at).start : at;
    doc.text += "\n\n";
    doc.map.add(2, file_at, file_at, false);
}

}  // namespace

FileDocuments export_documents(SourceText file, ExportLayout layout, InputFormat format, const std::string& label,
                               const OffsetMap* inner) {
    FileDocuments out;
    out.format = format;
    out.name = file.name;
    out.warnings = std::move(file.warnings);
    const std::string_view t = file.text;
    ExportSplit split = split_export(t, layout);
    for (std::size_t k = 0; k < split.articles.size(); ++k) {
        const ExportArticle& a = split.articles[k];
        const std::string number = std::to_string(k + 1);
        SourceText doc;
        doc.name = file.name + "#" + number;
        if (a.headline.first < a.headline.second) {
            append(doc, t, a.headline.first, a.headline.second, inner);
            doc.title = std::string(t.substr(a.headline.first, a.headline.second - a.headline.first));
        }
        for (const auto& [b, e] : a.body) {
            if (!doc.text.empty()) separator(doc, b, inner);
            append(doc, t, b, e, inner);
        }
        if (a.body.empty()) {
            out.warnings.push_back(label + ": article " + number + " (" + layout_name(layout) +
                                   " export) has no text, skipped");
            continue;
        }
        if (a.cut_off)
            out.warnings.push_back(label + ": article " + number + " is cut off (the file ends before its end), read as far as it goes");
        doc.info = a.info;
        out.documents.push_back(std::move(doc));
    }
    if (split.announced > split.articles.size())
        out.warnings.push_back(label + ": the export says it holds " + std::to_string(split.announced) + " articles, " +
                               std::to_string(split.articles.size()) + " found (is the file cut off?)");
    if (out.documents.empty()) {
        out.skipped = "no article in the export";
        out.warnings.push_back(label + ": no article with text in this " + std::string(layout_name(layout)) + " export, skipped");
    }
    return out;
}

}  // namespace sg::loaders
