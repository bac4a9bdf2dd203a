// The subcommands of the stancegraph executable. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 query or usage error, 2 input or output file error.
#pragma once

namespace sg::cli {

int build_command(int argc, char** argv);   // cli/build_command.cpp
int query_command(int argc, char** argv);   // cli/query_command.cpp
int export_command(int argc, char** argv);  // cli/export_command.cpp
int repl_command(int argc, char** argv);    // cli/repl_command.cpp
int codebook_command(int argc, char** argv);  // cli/codebook_command.cpp
int merge_command(int argc, char** argv);     // cli/merge_command.cpp
int import_dna_command(int argc, char** argv);  // cli/import_dna_command.cpp
int network_command(int argc, char** argv);     // cli/network_command.cpp
int report_command(int argc, char** argv);      // cli/report_command.cpp

}  // namespace sg::cli
