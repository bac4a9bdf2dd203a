// build_graph: files -> per-document extraction in a thread pool -> one deterministic merge.
#include "loaders/build.hpp"

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>

#include "graph/error.hpp"
#include "loaders/annotations/annotations.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/evidence_spans.hpp"
#include "loaders/dna/corrections.hpp"
#include "loaders/extract/extract_document.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/metadata/dates.hpp"
#include "loaders/metadata/metadata.hpp"
#include "loaders/extract/spokespeople.hpp"
#include "loaders/reading/documents.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/shards/shard.hpp"
#include "loaders/stance/stance.hpp"

namespace sg::loaders {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> collect_files(const std::vector<fs::path>& inputs) {
    if (inputs.empty()) throw FileError("no input: give a folder of articles (.txt, .html, .docx) or article files");
    std::vector<fs::path> files;
    for (const auto& in : inputs) {
        std::error_code ec;
        auto st = fs::status(in, ec);
        if (ec || !fs::exists(st)) throw FileError(in.string() + ": no such file or directory");
        if (fs::is_directory(st)) {
            std::size_t before = files.size();
            bool any_entry = false;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                any_entry = true;
                if (it->is_regular_file(ec) && is_article_file_name(it->path())) files.push_back(it->path());
            }
            if (ec) throw FileError(in.string() + ": cannot list folder: " + ec.message());
            if (files.size() == before)
                throw FileError(in.string() + (any_entry ? ": no articles (.txt, .html, .htm, .docx) in this folder" : ": empty folder"));
        } else if (fs::is_regular_file(st)) {
            files.push_back(in);
        } else {
            throw FileError(in.string() + ": not a regular file or folder");
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

// Runs job(i) for i in [0, n) on `threads` workers; the first exception (lowest i) is rethrown.
template <class Job>
void parallel_for(std::size_t n, unsigned threads, Job job) {
    std::vector<std::exception_ptr> errors(n);
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) {
            try {
                job(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        unsigned count = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(n)));
        for (unsigned k = 1; k < count; ++k) pool.emplace_back(worker);
        worker();
    }  // jthreads join here
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

NodeId actor_node(Graph& g, const ActorRecord& a) {
    if (auto id = g.find_key(a.key)) {
        const Node& n = g.node(*id);
        // an organisation seen as "X CCG" and as "NHS X CCG": keep the longer, official name
        if (a.kind == NodeKind::Organisation && a.name.size() > n.name.size() &&
            a.name.find(n.name) != std::string::npos)
            g.rename(*id, a.name);
        else if (a.name != n.name)
            g.add_alias(*id, a.name);
        for (const auto& al : a.aliases)
            if (al != g.node(*id).name) g.add_alias(*id, al);
        return *id;
    }
    Node node;
    node.kind = a.kind;
    node.key = a.key;
    node.name = a.name;
    for (const auto& al : a.aliases)
        if (al != a.name) node.aliases.push_back(al);
    return g.add_node(std::move(node));
}

EdgeKind stance_edge(int polarity) {
    return polarity > 0 ? EdgeKind::Supports : polarity < 0 ? EdgeKind::Opposes : EdgeKind::About;
}

// People named only by surname in a document ("Dr B") are the corpus' one person named in full
// with that surname, when there is exactly one.
std::map<std::string, std::string> surname_resolution(const std::vector<DocumentResult>& docs) {
    std::map<std::string, std::set<std::string>> full;
    for (const auto& d : docs)
        for (const auto& a : d.actors)
            if (a.kind == NodeKind::Person && !a.surname_only && !a.surname.empty()) full[a.surname].insert(a.key);
    std::map<std::string, std::string> remap;
    for (const auto& d : docs)
        for (const auto& a : d.actors)
            if (a.kind == NodeKind::Person && a.surname_only) {
                auto it = full.find(a.surname);
                if (it != full.end() && it->second.size() == 1) remap[a.key] = *it->second.begin();
            }
    return remap;
}

// "D Merrow" or "Deb Merrow" in one article, "Deborah Merrow" in another: a person whose
// given name is an initial, a leading part of another's (three letters or more: "Col", "Colin") or
// a known short form of it (given_name_diminutives.txt) is the one person of the corpus with that
// surname and the fuller given name; two candidates leave the name apart. Short forms are joined
// first, so that an initial then meets one person, not each of their spellings.
std::map<std::string, std::string> given_name_resolution(const std::vector<DocumentResult>& docs) {
    const Lexicons& lx = lexicons();
    struct Full { std::string key, given; };
    std::map<std::string, std::vector<Full>> by_surname;
    std::set<std::string> seen;
    for (const auto& d : docs)
        for (const auto& a : d.actors) {
            if (a.kind != NodeKind::Person || a.surname_only || a.surname.empty() || !seen.insert(a.key).second) continue;
            if (a.name.size() <= a.surname.size() + 1 || a.name.compare(a.name.size() - a.surname.size(), a.surname.size(), a.surname) != 0)
                continue;
            std::string given = a.name.substr(0, a.name.size() - a.surname.size() - 1);
            if (given.find(' ') != std::string::npos) continue;  // "Mary Ann B": left as it is
            if (!given.empty() && given.back() == '.') given.pop_back();
            if (!given.empty()) by_surname[a.surname].push_back({a.key, given});
        }
    auto shorter_form = [&](const std::string& s, const std::string& full) {
        if (s.size() >= full.size()) return false;
        if (s.size() >= 3 && full.compare(0, s.size(), s) == 0) return true;
        auto it = lx.given_name_full_forms.find(s);
        return it != lx.given_name_full_forms.end() && std::find(it->second.begin(), it->second.end(), full) != it->second.end();
    };
    std::map<std::string, std::string> remap;
    for (const auto& entry : by_surname) {
        const std::vector<Full>& people = entry.second;  // (a structured binding: clang's lambdas can't capture it)
        if (people.size() < 2) continue;
        auto join = [&](bool initials) {
            for (const auto& p : people) {
                const bool initial = p.given.size() == 1;
                if (initial != initials || remap.count(p.key)) continue;
                std::set<std::string> targets;
                for (const auto& q : people) {
                    if (q.key == p.key || q.given.size() < 2) continue;
                    const bool fuller = initial ? q.given[0] == p.given[0] : shorter_form(p.given, q.given);
                    if (!fuller) continue;
                    auto r = remap.find(q.key);
                    targets.insert(r == remap.end() ? q.key : r->second);
                }
                if (targets.size() == 1) remap[p.key] = *targets.begin();
            }
        };
        join(false);
        join(true);
    }
    return remap;
}

// "Energy and Commerce Committee" in one article, "House Energy and Commerce Committee" in
// another: a body's name of three words or more ending in a head word, that ends the name of
// exactly one longer body of the corpus, is that body (two longer ones: "Board of Elections" of
// two states, left apart). Parties are left alone ("Labour Party" is no "Scottish Labour Party").
std::map<std::string, std::string> organisation_suffix_resolution(const std::vector<DocumentResult>& docs) {
    const Lexicons& lx = lexicons();
    auto words_of = [](const std::string& name) {
        std::vector<std::string> w;
        std::size_t at = 0;
        while (at <= name.size()) {
            const std::size_t sp = std::min(name.find(' ', at), name.size());
            if (sp > at) w.push_back(name.substr(at, sp - at));
            at = sp + 1;
        }
        return w;
    };
    // every proper ending of three words or more of each body's name -> the bodies it ends
    std::map<std::string, std::set<std::string>> ends_of;
    std::map<std::string, std::string> names;  // key -> name
    for (const auto& d : docs)
        for (const auto& a : d.actors) {
            if (a.kind != NodeKind::Organisation || !names.emplace(a.key, a.name).second) continue;
            const auto w = words_of(a.name);
            for (std::size_t from = 1; from + 3 <= w.size() && w.size() <= 12; ++from) {
                std::string end;
                for (std::size_t k = from; k < w.size(); ++k) end += (end.empty() ? "" : " ") + w[k];
                ends_of[end].insert(a.key);
            }
        }
    std::map<std::string, std::string> remap;
    for (const auto& [key, name] : names) {
        const auto w = words_of(name);
        if (w.size() < 3 || !lx.org_heads.count(w.back()) || w.back() == "Party") continue;
        if (const GazetteerEntry* e = lx.organisation(name); e && e->party) continue;
        auto it = ends_of.find(name);
        if (it != ends_of.end() && it->second.size() == 1) remap[key] = *it->second.begin();
    }
    return remap;
}

// Reads `files` in batches (a batch of them in memory at a time), runs `map` on each document
// (not an empty or blank file) in parallel and gives the results to `use` in file order.
template <class Map, class Use>
void each_article(const std::vector<fs::path>& files, unsigned threads, std::size_t max_bytes, Map map, Use use) {
    using Result = decltype(map(std::declval<SourceText&>()));
    const std::size_t batch = std::max<std::size_t>(16, std::size_t{threads} * 4);
    for (std::size_t from = 0; from < files.size(); from += batch) {
        const std::size_t n = std::min(batch, files.size() - from);
        std::vector<std::vector<Result>> results(n);
        parallel_for(n, threads, [&](std::size_t i) {
            FileDocuments f = read_documents(files[from + i], max_bytes);
            for (auto& d : f.documents) results[i].push_back(map(d));
        });
        for (auto& file : results)
            for (auto& r : file) use(std::move(r));
    }
}

// Reads `files` a batch at a time (the reads in parallel) and gives each to `use(i, documents)` in
// file order, in this thread. Only a batch of files is in memory at once.
template <class Use>
void each_file(const std::vector<fs::path>& files, unsigned threads, std::size_t max_bytes, Use use) {
    const std::size_t batch = std::max<std::size_t>(64, std::size_t{threads} * 16);
    for (std::size_t from = 0; from < files.size(); from += batch) {
        const std::size_t n = std::min(batch, files.size() - from);
        std::vector<FileDocuments> read(n);
        parallel_for(n, threads, [&](std::size_t i) { read[i] = read_documents(files[from + i], max_bytes); });
        for (std::size_t i = 0; i < n; ++i) use(from + i, read[i]);
    }
}

// Reads each of `files` and gives each of its documents to `use(k, source)` in the same worker
// thread, k counting documents over all the files (file i's first is first_document[i]): one
// file per thread in memory at a time, in no particular order.
template <class Use>
void each_document_parallel(const std::vector<fs::path>& files, const std::vector<std::size_t>& first_document,
                            unsigned threads, std::size_t max_bytes, Use use) {
    parallel_for(files.size(), threads, [&](std::size_t i) {
        FileDocuments f = read_documents(files[i], max_bytes);
        if (f.documents.size() != first_document[i + 1] - first_document[i])
            throw FileError(files[i].string() + ": the file changed while the corpus was being built");
        for (std::size_t k = 0; k < f.documents.size(); ++k) {
            SourceText& s = f.documents[k];
            s.original = {};  // the cleaned text is all the steps read
            use(first_document[i] + k, s);
        }
    });
}

// A document read from its own text (an HTML page's readable text, an export's article) has its
// spans moved to the file's bytes; its claims keep their text as read.
void spans_to_file(DocumentResult& d, const OffsetMap& map) {
    if (map.identity()) return;
    for (auto& c : d.claims) {
        c.span = map.to_file(c.span.start, c.span.end);
        for (auto& st : c.stances)
            for (auto& e : st.evidence) e.span = map.to_file(e.span.start, e.span.end);
    }
    for (auto& r : d.reported)
        for (auto& e : r.stance.evidence) e.span = map.to_file(e.span.start, e.span.end);
}

// What the file says about the document, over what its dateline says.
void overlay_info(DocumentInfo& info, const DocumentInfo& from_file) {
    for (auto [to, from] : {std::pair{&info.date, &from_file.date}, {&info.source, &from_file.source},
                            {&info.author, &from_file.author}, {&info.section, &from_file.section},
                            {&info.type, &from_file.type}, {&info.url, &from_file.url}})
        if (!from->empty()) *to = *from;
}

// Counts documents done for BuildOptions::progress, one report at a time whatever the thread.
class ProgressCounter {
public:
    ProgressCounter(const std::function<void(const BuildProgress&)>& report, std::size_t documents, std::size_t bytes)
        : report_(report) {
        state_.documents_total = documents;
        state_.bytes_total = bytes;
    }
    void add(std::size_t bytes) {
        if (!report_) return;
        std::lock_guard lock(mutex_);
        ++state_.documents_done;
        state_.bytes_done += bytes;
        report_(state_);
    }

private:
    const std::function<void(const BuildProgress&)>& report_;
    std::mutex mutex_;
    BuildProgress state_;
};

// Returns the pages freed so far to the system. The documents' records were made by the worker
// threads, in their own malloc arenas, which the graph (built in this thread) does not draw on:
// without this the freed records of 10^5 documents would stay resident beside the graph.
void give_back_freed_memory() {
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

// Frees what a document's records hold once they are in the graph: for a large corpus the
// records of every document at once would otherwise sit beside the whole graph.
void release_records(DocumentResult& d) {
    d.actors = {};
    d.affiliations = {};
    d.part_of = {};
    d.claims = {};
    d.reported = {};
}

}  // namespace

void add_documents(Graph& g, std::vector<DocumentResult>& docs, bool resolve_surnames) {
    auto remap = resolve_surnames ? surname_resolution(docs) : std::map<std::string, std::string>{};
    if (resolve_surnames) remap.merge(organisation_suffix_resolution(docs));
    if (resolve_surnames) remap.merge(given_name_resolution(docs));
    auto key_of = [&](const std::string& k) {
        auto it = remap.find(k);
        return it == remap.end() ? k : it->second;
    };
    // The name a person's own record gives (in full), for a node first made by a document that
    // names them only in part: "Congressman Doyle's effort" in one article read before "Mike
    // Doyle" in another must not leave the node named "Doyle".
    std::map<std::string, std::string> own_name;
    if (!remap.empty())
        for (const auto& d : docs)
            for (const auto& a : d.actors)
                if (!remap.count(a.key)) own_name.try_emplace(a.key, a.name);
    constexpr std::size_t kTrimEvery = 4096;  // documents
    std::size_t added = 0;
    for (auto& d : docs) {
        Node doc;
        doc.kind = NodeKind::Document;
        doc.key = "doc:" + d.name;
        doc.name = d.name;
        doc.description = d.title;
        doc.document = d.info;
        NodeId doc_id = g.find_or_add(doc);
        std::map<std::string, NodeId> ids;
        for (auto a : d.actors) {
            std::string k = key_of(a.key);
            if (k != a.key) {  // resolved to someone named in full elsewhere: a name becomes alias
                a.aliases.push_back(a.name);
                a.name.clear();
                a.key = k;
                if (auto id = g.find_key(k)) {
                    for (auto& al : a.aliases) g.add_alias(*id, al);
                    ids[k] = *id;
                    continue;
                }
                if (auto own = own_name.find(k); own != own_name.end()) {
                    a.name = own->second;
                } else {
                    a.name = a.aliases.back();
                    a.aliases.pop_back();
                }
            }
            ids[k] = actor_node(g, a);
        }
        auto id_of = [&](const std::string& key) -> std::optional<NodeId> {
            auto it = ids.find(key_of(key));
            if (it != ids.end()) return it->second;
            return g.find_key(key_of(key));
        };
        // The organisation this document names for each person first: the one their claims here
        // are made for (a person may speak for another body in another article).
        std::map<NodeId, NodeId> named_for;
        for (const auto& af : d.affiliations) {
            auto p = id_of(af.person_key), o = id_of(af.org_key);
            if (p && o && *p != *o) {
                g.add_edge(*p, *o, EdgeKind::MemberOf, af.role);
                if (g.node(*p).kind == NodeKind::Person && g.node(*o).kind == NodeKind::Organisation)
                    named_for.emplace(*p, *o);
            }
        }
        for (const auto& po : d.part_of) {
            auto a = id_of(po.org_key), b = id_of(po.parent_key);
            if (a && b && *a != *b) g.add_edge(*a, *b, EdgeKind::PartOf);
        }
        for (const auto& c : d.claims) {
            Node n;
            n.kind = NodeKind::Claim;
            n.key = "claim:" + d.name + ":" + std::to_string(c.span.start) + "-" + std::to_string(c.span.end);
            if (g.find_key(n.key)) continue;  // one claim per span
            n.name = c.text;
            n.claim.document = doc_id;
            n.claim.span = c.span;
            n.claim.kind = c.kind;
            n.claim.comment = c.comment;
            n.claim.confidence = c.confidence;
            NodeId claim = g.add_node(std::move(n));
            g.add_edge(claim, doc_id, EdgeKind::In);
            if (!c.speaker_key.empty())
                if (auto s = id_of(c.speaker_key)) {
                    g.add_edge(*s, claim, EdgeKind::Says, {}, c.confidence);
                    if (auto it = named_for.find(*s); it != named_for.end()) g.node_mut(claim).claim.organisation = it->second;
                }
            if (!c.organisation_key.empty())
                if (auto o = id_of(c.organisation_key)) g.node_mut(claim).claim.organisation = *o;
            for (const auto& st : c.stances)
                if (auto pos = g.find_key("position:" + st.position_id))
                    g.add_evidence(g.add_edge(claim, *pos, stance_edge(st.polarity), {}, st.confidence),
                                   in_document(st.evidence, doc_id));
        }
        for (const auto& r : d.reported) {
            if (r.stance.polarity == 0) continue;
            auto a = id_of(r.actor_key);
            auto pos = g.find_key("position:" + r.stance.position_id);
            if (a && pos)
                g.add_evidence(g.add_edge(*a, *pos, stance_edge(r.stance.polarity), {}, r.stance.confidence),
                               in_document(r.stance.evidence, doc_id));
        }
        release_records(d);
        if (++added % kTrimEvery == 0) give_back_freed_memory();
    }
    give_back_freed_memory();
}

void lift_corpus_spokespeople(std::vector<DocumentResult>& docs) {
    const CorpusAffiliations corpus = corpus_affiliations(docs);
    for (auto& r : docs) lift_spokespeople_stances(r, corpus);
}

Graph build_graph(const std::vector<std::filesystem::path>& inputs, const BuildOptions& options,
                  BuildReport& report) {
    std::vector<fs::path> files = collect_files(inputs);
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

    Graph g;
    std::optional<Codebook> codebook;
    std::optional<StanceClassifier> classifier;
    if (!options.codebook.empty()) {
        codebook = load_codebook(options.codebook);
        for (const auto& w : codebook->warnings) report.warnings.push_back(w);
        add_positions(g, *codebook);
        classifier.emplace(*codebook);
    }

    // A shard extracts its own documents; every file of the corpus counts for the statistics.
    std::vector<fs::path> own = files, others;
    if (options.shard) {
        if (!options.annotations.empty())
            throw std::invalid_argument("annotations are applied when the parts are merged, not to one part");
        own.clear();
        for (const auto& f : files)
            (shard_of(f.filename().string(), options.shard->count) == options.shard->index ? own : others).push_back(f);
    }

    // The corpus is read three times, a batch of files at a time, rather than held in memory
    // (10^5 articles are gigabytes of text): once for the lines repeated across articles, once
    // for the acronyms the articles define, once to extract each document.
    CorpusContext ctx;
    std::vector<SourceText> skipped(own.size());  // name, warnings and `skipped` of each own file
    std::vector<std::size_t> articles;            // the own files that hold documents, in path order
    std::vector<std::size_t> first_document{0};   // of each of them, counting over all their documents
    std::size_t article_bytes = 0;
    std::size_t other_articles = 0;
    each_file(own, threads, options.max_file_bytes, [&](std::size_t i, FileDocuments& f) {
        report.inputs.count(f);
        skipped[i].name = f.name;
        if (f.documents.empty()) {
            skipped[i].skipped = true;
            skipped[i].warnings = std::move(f.warnings);
            return;
        }
        // not skipped: its warnings come with its documents
        report.warnings.insert(report.warnings.end(), f.warnings.begin(), f.warnings.end());
        articles.push_back(i);
        first_document.push_back(first_document.back() + f.documents.size());
        for (const auto& s : f.documents) {
            article_bytes += s.text.size();
            // Lines repeated across articles are site furniture. With no other parts to learn
            // first, the model learns the own articles here, in path order, as it always has.
            if (others.empty()) ctx.boilerplate.learn(s.text);
        }
    });
    each_article(
        others, threads, options.max_file_bytes, [](SourceText& s) { return std::move(s.text); },
        [&](const std::string& text) {
            ctx.boilerplate.learn(text);
            ++other_articles;
        });
    if (own.empty() && other_articles == 0 && !others.empty())
        throw FileError("no article to build: all " + std::to_string(others.size()) +
                        " files are empty or only white space");
    if (other_articles > 0) {
        // Another part's articles: an empty part is no error.
        for (const auto& s : skipped)
            if (s.skipped) report.warnings.insert(report.warnings.end(), s.warnings.begin(), s.warnings.end());
    } else {
        // Empty and blank files are not articles: they are dropped here, with a warning each.
        drop_skipped(skipped, report.warnings);
    }
    skipped.clear();
    std::vector<fs::path> article_files;
    article_files.reserve(articles.size());
    for (std::size_t i : articles) article_files.push_back(own[i]);
    own.clear();
    const std::size_t documents = first_document.back();

    // A part learns the other parts' articles first, then its own (the order the model has
    // always been given them in).
    if (!others.empty())
        each_file(article_files, threads, options.max_file_bytes, [&](std::size_t, FileDocuments& f) {
            for (const auto& s : f.documents) ctx.boilerplate.learn(s.text);
        });
    ctx.stance = classifier ? &*classifier : nullptr;
    std::vector<std::map<std::string, std::string, std::less<>>> acronyms(documents);
    // Each article's segmentation, made here and used again by its extraction (with the size and
    // hash of the text it was made of: a file changed between the reads is segmented afresh).
    struct KeptSegmentation {
        Segmentation segmentation;
        std::size_t size = 0, hash = 0;
    };
    std::vector<KeptSegmentation> segmentations(documents);
    std::vector<CorpusNames> firms(documents);  // firms named with their legal suffix (corpus_names.hpp)
    std::vector<CorpusNames> towns(documents);  // places called towns, or cities
    each_document_parallel(article_files, first_document, threads, options.max_file_bytes, [&](std::size_t i, SourceText& s) {
        acronyms[i] = document_acronyms(s, ctx.boilerplate, &segmentations[i].segmentation);
        firms[i] = document_firm_names(s.text);
        towns[i] = document_towns(s.text);
        segmentations[i].size = s.text.size();
        segmentations[i].hash = std::hash<std::string>{}(s.text);
    });
    each_article(
        others, threads, options.max_file_bytes,
        [&](SourceText& s) {
            return std::make_tuple(document_acronyms(s, ctx.boilerplate), document_firm_names(s.text), document_towns(s.text));
        },
        [&](std::tuple<std::map<std::string, std::string, std::less<>>, CorpusNames, CorpusNames> a) {
            acronyms.push_back(std::move(std::get<0>(a)));
            firms.push_back(std::move(std::get<1>(a)));
            towns.push_back(std::move(std::get<2>(a)));
        });
    ctx.acronyms = corpus_acronyms(acronyms);
    ctx.firm_names = merge_corpus_names(firms);
    ctx.towns = merge_corpus_names(towns);
    acronyms.clear();
    firms.clear();
    towns.clear();

    std::vector<DocumentResult> results(documents);
    ProgressCounter progress(options.progress, documents, article_bytes);
    each_document_parallel(article_files, first_document, threads, options.max_file_bytes, [&](std::size_t i, SourceText& s) {
        const std::size_t bytes = s.text.size();
        KeptSegmentation kept = std::move(segmentations[i]);
        if (kept.size == bytes && kept.hash == std::hash<std::string>{}(s.text))
            results[i] = extract_document(s, ctx, std::move(kept.segmentation));
        else
            results[i] = extract_document(s, ctx);
        spans_to_file(results[i], s.map);
        if (auto d = dateline(s.text)) results[i].info.date = *d;
        overlay_info(results[i].info, s.info);
        if (!s.title.empty()) results[i].title = s.title;
        progress.add(bytes);
    });
    // A person's role on a body stated in one article holds in the others: their claims there
    // speak for it too.
    if (ctx.stance) lift_corpus_spokespeople(results);

    for (const auto& r : results)
        for (const auto& w : r.warnings) report.warnings.push_back(w);
    report.documents = results.size();
    report.corpus_documents = results.size() + other_articles;
    add_documents(g, results, /*resolve_surnames=*/!options.shard);
    results.clear();

    // Metadata the user gives overrides what the articles' datelines say.
    if (!options.metadata.empty() || options.name_pattern) {
        const auto from_file = options.metadata.empty() ? std::map<std::string, DocumentInfo>{}
                                                        : read_metadata_file(options.metadata);
        const auto unused = apply_metadata(g, from_file, options.name_pattern ? &*options.name_pattern : nullptr);
        if (!options.shard)  // a part holds only some of the corpus' documents
            for (const auto& name : unused)
                report.warnings.push_back(options.metadata.string() + ": \"" + name + "\" is no document of the corpus");
    }
    for (const auto& a : options.annotations) {
        if (dna::looks_like_dna_file(a)) {
            // A DNA file a reviewer recoded (export --format dna): its offsets are placed back
            // through the articles' own bytes.
            std::map<std::string, fs::path, std::less<>> by_name;
            for (const auto& f : files) by_name.emplace(f.filename().string(), f);
            dna::apply_dna_corrections(g, a, [&](std::string_view name) {
                const auto it = by_name.find(name);
                if (it == by_name.end()) throw FileError(a.string() + ": no article \"" + std::string(name) + "\" among the inputs");
                return read_source(it->second, options.max_file_bytes).original;
            });
        } else {
            apply_annotations(g, a);
        }
    }
    return g;
}

}  // namespace sg::loaders
