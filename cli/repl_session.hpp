// The REPL's state and commands, apart from line editing: what a line means (a dot-command or
// query statements), the loaded graph, the output format and the timer. Used by repl_command for
// both terminal and piped input, so that scripts and people see the same behaviour.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/engine.hpp"
#include "query/output/result.hpp"

namespace sg::cli {

class ReplSession {
public:
    ReplSession(std::ostream& out, std::ostream& err, query::Limits limits = {})
        : out_(out), err_(err), limits_(limits) {}

    // Loads a graph file or JSON snapshot (`-g GRAPH`, `.load GRAPH`). Throws sg::FileError.
    void load_snapshot_file(const std::string& path);

    // Handles one input line. Errors are printed, never thrown; returns false after `.quit`.
    bool handle(const std::string& line);

    bool has_graph() const { return graph_ != nullptr; }
    bool had_error() const { return had_error_; }
    // Keywords, dot-commands, position ids and actor names, for tab completion.
    std::vector<std::string> completions() const;

    static const char* help_text();

private:
    void run_query(const std::string& text, const std::string& source);
    void command(const std::string& line);
    void load(const std::vector<std::string>& args);
    void install(GraphStore g, const std::string& what);

    std::ostream& out_;
    std::ostream& err_;
    std::unique_ptr<GraphStore> graph_;
    std::unique_ptr<query::Engine> engine_;
    query::Limits limits_;
    query::Format format_ = query::Format::Table;
    bool timer_ = false;
    bool had_error_ = false;
};

}  // namespace sg::cli
