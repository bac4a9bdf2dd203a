// The report page: one self-contained HTML file (inline CSS and SVG, one short inline script
// allowed by its hash in a strict Content-Security-Policy that lets the page fetch nothing),
// assembled from the sections: overview, stance matrix, network, time, evidence.
#pragma once

#include <cstddef>
#include <string>

#include "graph/store/graph_store.hpp"
#include "report/article_texts.hpp"
#include "report/network_drawing.hpp"
#include "report/selection.hpp"

namespace sg::report {

struct PageOptions {
    std::string title;            // the page's heading; "" for "Who stands where: GRAPH"
    std::string graph_name;       // the graph file, as the user named it
    std::string filters_text;     // the filters as the user gave them, for the header ("" none)
    std::size_t max_actors = 200;       // matrix rows (the most active actors); 0: all
    std::size_t claims_per_cell = 10;   // claims shown per cell in the evidence; 0: all
    std::size_t network_actors = 60;    // actors drawn in the network; 0: all of the matrix
    std::size_t network_edges = 400;    // edges drawn (the strongest); 0: all
    std::size_t actors_per_page = 25;   // evidence paging: actors per page
    std::string layout = "neato";       // graphviz layout program
};

// The whole page. `render` runs graphviz (nullptr or nullopt: the network section says it could
// not be drawn and still lists the pairs); `articles` gives the articles' bytes for sentences.
std::string report_page(const store::GraphStore& g, const Filters& filters, const PageOptions& options,
                        const Renderer& render, ArticleTexts& articles);

// The script of the page and its CSP source ('sha256-...'), for tests.
const std::string& page_script();
std::string script_hash_source(const std::string& script);

}  // namespace sg::report
