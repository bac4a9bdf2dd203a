// One document through the whole pipeline: segmentation, mentions, quotes, attribution,
// comments, votes and stances. Pure function of its inputs, so documents run in parallel.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "loaders/extract/document_result.hpp"
#include "loaders/resolution/corpus_names.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/segmentation/segmentation.hpp"

namespace sg::loaders {

class StanceClassifier;

struct CorpusContext {
    BoilerplateModel boilerplate;               // learned from every document of the build
    const StanceClassifier* stance = nullptr;   // null: no codebook, no stances
    // acronyms defined in some document of the corpus, unambiguously ("FSB" -> its long form):
    // an article may use one bare that another article defined
    std::map<std::string, std::string, std::less<>> acronyms;
    // firms some document names with their legal suffix ("Quayle Plastics Ltd"): the short name
    // ("the Quayle Plastics plant") is that firm in every article (resolution/corpus_names.hpp)
    CorpusNames firm_names;
    // places some document calls a town and none a city (resolution/corpus_names.hpp)
    CorpusNames towns;
};

// The acronym definitions of one document (for CorpusContext::acronyms). `segmentation`, when
// given, receives the document's segmentation, for extract_document to use again.
std::map<std::string, std::string, std::less<>> document_acronyms(const SourceText& source,
                                                                 const BoilerplateModel& boilerplate,
                                                                 Segmentation* segmentation = nullptr);

// Merges per-document acronym maps, dropping acronyms defined differently by two documents.
std::map<std::string, std::string, std::less<>> corpus_acronyms(
    const std::vector<std::map<std::string, std::string, std::less<>>>& per_document);

DocumentResult extract_document(const SourceText& source, const CorpusContext& context);
// The same with the document's segmentation already made (by document_acronyms, with
// context.boilerplate): segmenting is a good part of the work, and the same either time.
DocumentResult extract_document(const SourceText& source, const CorpusContext& context, Segmentation segmentation);

// "(iii) predicts this will … CARRIED": a numbered motion clause and its outcome. Returns false
// for any other line; sets the clause text range and whether it was carried.
bool parse_motion_clause(std::string_view text, Range line, Range& clause, bool& carried);

}  // namespace sg::loaders
