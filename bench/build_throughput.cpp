// Benchmark (not a test): how fast `build` turns articles into a graph, and whether it scales
// with threads and stays linear in document length.
//
//   build/build_throughput ARTICLES_DIR [CODEBOOK] [COPIES]
//
// 1. Corpus throughput: the articles of ARTICLES_DIR copied COPIES times (default 200) under
//    new names into a temporary folder, built with 1 thread and with every processor; prints
//    documents/s and MB/s for each.
// 2. Document length: one document made of the corpus's text repeated 1x, 4x and 16x; the time
//    per MB must stay about flat (no step quadratic in document length).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "loaders/build.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double seconds_to_build(const fs::path& dir, const fs::path& codebook, unsigned threads, std::size_t& claims) {
    sg::loaders::BuildOptions options;
    options.codebook = codebook;
    options.threads = threads;
    sg::loaders::BuildReport report;
    const auto start = std::chrono::steady_clock::now();
    sg::Graph g = sg::loaders::build_graph({dir}, options, report);
    const auto stop = std::chrono::steady_clock::now();
    claims = g.nodes_of_kind(sg::NodeKind::Claim).size();
    return std::chrono::duration<double>(stop - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s ARTICLES_DIR [CODEBOOK] [COPIES]\n", argv[0]);
        return 1;
    }
    const fs::path articles = argv[1];
    const fs::path codebook = argc > 2 ? fs::path(argv[2]) : fs::path();
    const int copies = argc > 3 ? std::atoi(argv[3]) : 200;

    std::vector<std::pair<std::string, std::string>> texts;
    std::size_t corpus_bytes = 0;
    for (const auto& e : fs::directory_iterator(articles))
        if (e.path().extension() == ".txt") {
            texts.emplace_back(e.path().stem().string(), slurp(e.path()));
            corpus_bytes += texts.back().second.size();
        }
    if (texts.empty()) {
        std::fprintf(stderr, "no .txt articles in %s\n", articles.c_str());
        return 1;
    }
    std::string tmpl = (fs::temp_directory_path() / "sg-bench-XXXXXX").string();
    const fs::path tmp = ::mkdtemp(tmpl.data());

    // 1. Many documents.
    const fs::path corpus = tmp / "corpus";
    fs::create_directories(corpus);
    for (int c = 0; c < copies; ++c)
        for (const auto& [stem, text] : texts)
            std::ofstream(corpus / (stem + "_copy" + std::to_string(c) + ".txt"), std::ios::binary) << text;
    const double mb = static_cast<double>(corpus_bytes) * copies / 1e6;
    const std::size_t docs = texts.size() * static_cast<std::size_t>(copies);
    std::printf("corpus: %zu documents, %.1f MB\n", docs, mb);
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned threads : {1u, hw}) {
        std::size_t claims = 0;
        const double s = seconds_to_build(corpus, codebook, threads, claims);
        std::printf("  %u thread(s): %.2f s, %.0f documents/s, %.2f MB/s, %zu claims\n", threads, s, docs / s, mb / s,
                    claims);
        if (threads == hw) break;
    }

    // 2. One long document: the whole corpus's text concatenated, repeated.
    std::string all;
    for (const auto& [stem, text] : texts) all += text + "\n\n";
    std::printf("document length (1 thread):\n");
    for (int times : {1, 4, 16}) {
        const fs::path dir = tmp / ("long" + std::to_string(times));
        fs::create_directories(dir);
        std::ofstream out(dir / "long.txt", std::ios::binary);
        for (int i = 0; i < times; ++i) out << all;
        out.close();
        std::size_t claims = 0;
        const double s = seconds_to_build(dir, codebook, 1, claims);
        const double doc_mb = static_cast<double>(all.size()) * times / 1e6;
        std::printf("  %5.2f MB: %.3f s, %.3f s/MB, %zu claims\n", doc_mb, s, s / doc_mb, claims);
    }
    fs::remove_all(tmp);
    return 0;
}
