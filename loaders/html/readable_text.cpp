#include "loaders/html/readable_text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "loaders/html/markup_words.hpp"
#include "loaders/html/text_alignment.hpp"

namespace sg::loaders {
namespace {

bool is_space(std::string_view ch) { return ch == " " || ch == "\t" || ch == "\n" || ch == "\f" || ch == "\r"; }

// Elements whose content is never article text.
bool dropped_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_NAV: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU:
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_INPUT:
            return true;
        default:
            return false;
    }
}

// Elements that start and end a block of text (a paragraph of the readable text).
bool block_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
        case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
            return true;
        default:
            return false;
    }
}

bool heading_tag(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

std::string_view node_source(const GumboText& t) { return {t.original_text.data, t.original_text.length}; }

// Appends characters to the readable text, collapsing white space and putting the breaks between
// blocks, each character with the page bytes it came from.
class TextWriter {
public:
    explicit TextWriter(HtmlPage& out) : out_(out) {}

    void character(std::string_view ch, std::size_t from, std::size_t to, bool verbatim) {
        if (is_space(ch)) {
            if (!line_empty_ && !space_) space_ = Pending{from, to, ch == " "};
            return;
        }
        if (break_ > 0 && !out_.text.empty()) {
            const std::string_view sep = break_ >= 2 ? "\n\n" : "\n";
            put(sep, from, from, false);
        } else if (space_ && !line_empty_) {
            put(" ", space_->from, space_->to, space_->verbatim);
        }
        break_ = 0;
        space_.reset();
        if (!prefix_.empty()) {
            put(prefix_, from, from, false);
            prefix_.clear();
        }
        put(ch, from, to, verbatim);
        line_empty_ = false;
    }
    // Text the reader adds (a heading, a separator): it stands at file offset `at`, with no bytes.
    void synthetic(std::string_view s, std::size_t at) {
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t len = utf8_length(static_cast<unsigned char>(s[i]));
            character(s.substr(i, len), at, at, false);
            i += len;
        }
    }
    void text_node(const GumboText& t) {
        align_text(t.text, node_source(t), t.start_pos.offset,
                   [this](std::string_view ch, std::size_t from, std::size_t to, bool verbatim) {
                       character(ch, from, to, verbatim);
                   });
    }
    void block_break() { request(2); }
    void line_break() { request(1); }
    void bullet() { prefix_ = "\u2022 "; }
    void end_item() { prefix_.clear(); }  // an item with no text leaves no bullet behind

private:
    struct Pending {
        std::size_t from, to;
        bool verbatim;
    };
    void request(int kind) {
        break_ = std::max(break_, kind);
        line_empty_ = true;
        space_.reset();  // a bullet waits for its item's first character, past the <p> inside it
    }
    void put(std::string_view s, std::size_t from, std::size_t to, bool verbatim) {
        out_.text.append(s);
        out_.map.add(s.size(), from, to, verbatim);
    }
    HtmlPage& out_;
    int break_ = 0;
    bool line_empty_ = true;
    std::optional<Pending> space_;
    std::string prefix_;
};

std::size_t element_offset(const GumboNode* n) {
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE ? n->v.element.start_pos.offset : 0;
}

// The first descendant element (breadth first, within a bound) for which pred holds.
template <class Pred>
const GumboNode* find_descendant(const GumboNode* root, Pred pred, std::size_t bound = 400) {
    std::vector<const GumboNode*> queue{root};
    for (std::size_t q = 0; q < queue.size() && q < bound; ++q) {
        const GumboNode* n = queue[q];
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        if (n != root && pred(n)) return n;
        const GumboVector& c = n->v.element.children;
        for (unsigned k = 0; k < c.length && queue.size() < bound; ++k)
            queue.push_back(static_cast<const GumboNode*>(c.data[k]));
    }
    return nullptr;
}

bool contains_word(const std::string& text, std::string_view word) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower.find(word) != std::string::npos;
}

// The elements that hold the article: every <article>, <main> (or role="main"), articleBody and
// the first <h1>, and all their ancestors. Class words never drop them, nor make them the comment
// section: a theme's <body class="has-sidebar"> or <div class="content with-widgets"> holds the
// story. Linear: each node is marked once.
std::unordered_set<const GumboNode*> article_holders(const GumboNode* root) {
    std::unordered_set<const GumboNode*> held;
    std::vector<const GumboNode*> stack{root};
    bool h1 = false;
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        const GumboVector* children = nullptr;
        if (n->type == GUMBO_NODE_DOCUMENT) children = &n->v.document.children;
        else if (n->type == GUMBO_NODE_ELEMENT) children = &n->v.element.children;
        else continue;
        if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboElement& e = n->v.element;
            const bool first_h1 = e.tag == GUMBO_TAG_H1 && !h1;
            h1 = h1 || first_h1;
            if (first_h1 || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN || attribute(e, "role") == "main" ||
                attribute(e, "itemprop") == "articleBody")
                for (const GumboNode* a = n; a && held.insert(a).second; a = a->parent) {
                }
        }
        for (unsigned k = children->length; k-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[k]));
    }
    return held;
}

}  // namespace

std::string element_text(const GumboNode* node, std::size_t limit) {
    std::string out;
    bool space = false;
    std::vector<const GumboNode*> stack{node};
    // bounded in nodes too, so a name made of 10^5 empty elements costs no more than a long one
    for (std::size_t visits = 0; !stack.empty() && out.size() < limit && visits < 4 * limit + 64; ++visits) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            for (const char* p = n->v.text.text; *p; ++p) {
                if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f') {
                    space = !out.empty();
                } else {
                    if (space) out += ' ';
                    space = false;
                    out += *p;
                }
            }
        } else if (n->type == GUMBO_NODE_ELEMENT && !dropped_tag(n->v.element.tag)) {
            const GumboVector& c = n->v.element.children;
            for (unsigned k = c.length; k-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[k]));
        }
    }
    return out;
}

void readable_text(const GumboNode* root, HtmlPage& out) {
    TextWriter w(out);
    const auto held = article_holders(root);
    struct Frame {
        const GumboNode* node;
        unsigned next = 0;
        bool block = false;
        bool comment_section = false;
        bool article = false;
        bool one_comment = false;
    };
    std::vector<Frame> stack;
    std::vector<const GumboNode*> skip;  // a comment's name and time, already written in its header
    int article_depth = 0;               // inside <article> or <main>: its <header> is the article's
    bool in_comments = false;
    bool comments_titled = false;  // the comment section has its heading (its own, or one written)

    auto enter = [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            w.text_node(n->v.text);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
        if (n->type == GUMBO_NODE_DOCUMENT) {
            stack.push_back({n});
            return;
        }
        const GumboElement& e = n->v.element;
        for (const GumboNode* s : skip)
            if (s == n) return;
        if (dropped_tag(e.tag)) return;
        if (gumbo_get_attribute(&e.attributes, "hidden") || attribute(e, "aria-hidden") == "true") return;
        const auto words = markup_words(e);
        const bool quote = e.tag == GUMBO_TAG_BLOCKQUOTE || is_quote_markup(words);
        Frame f{n};
        if (!quote && !held.count(n)) {
            if (!in_comments && is_comment_section_markup(words)) {
                f.comment_section = true;
            } else if (is_furniture_markup(words)) {
                return;
            }
            // The site's header (logo, menu) is furniture; an article's own header (headline,
            // byline) is not.
            if (e.tag == GUMBO_TAG_HEADER && article_depth == 0) return;
            // an aside is a sidebar unless it holds a quote (a pull-quote not marked as one)
            if (e.tag == GUMBO_TAG_ASIDE && !in_comments &&
                !find_descendant(n, [](const GumboNode* d) { return d->v.element.tag == GUMBO_TAG_BLOCKQUOTE; }, 64))
                return;
        }
        f.block = block_tag(e.tag);
        f.article = e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN;
        article_depth += f.article;
        if (f.block) w.block_break();
        if (e.tag == GUMBO_TAG_BR) w.line_break();
        if (e.tag == GUMBO_TAG_LI) w.bullet();
        if (f.comment_section) {
            in_comments = true;
            // The segmentation knows the comment section by its heading; a page that has none
            // (only a class name says "comments") gets one before its first comment.
            comments_titled = find_descendant(n, [](const GumboNode* d) {
                return heading_tag(d->v.element.tag) && contains_word(element_text(d, 200), "comment");
            }) != nullptr;
        } else if (in_comments && is_one_comment_markup(words)) {
            if (!comments_titled) {
                w.block_break();
                w.synthetic("Readers' comments", element_offset(n));
                w.block_break();
                comments_titled = true;
            }
            // One comment: its commenter's name over its time, the way comment widgets print them,
            // then its text.
            const GumboNode* author = find_descendant(n, [](const GumboNode* d) {
                return is_author_markup(markup_words(d->v.element)) || d->v.element.tag == GUMBO_TAG_CITE;
            });
            const GumboNode* time = find_descendant(n, [](const GumboNode* d) {
                return d->v.element.tag == GUMBO_TAG_TIME || is_time_markup(markup_words(d->v.element));
            });
            // An element of the comment ("comment-meta", "comment-body") has the comment's own
            // name and time, already written: only a reply inside it has others.
            const bool written = !skip.empty() && (author == skip.front() || time == skip.back());
            if (author && time && !written && !element_text(author, 200).empty()) {
                ++out.comments;
                w.block_break();
                // written now, in this order; then skipped where they stand in the comment
                const auto write = [&](const GumboNode* part) {
                    std::vector<const GumboNode*> st{part};
                    while (!st.empty()) {
                        const GumboNode* d = st.back();
                        st.pop_back();
                        if (d->type == GUMBO_NODE_TEXT || d->type == GUMBO_NODE_WHITESPACE) w.text_node(d->v.text);
                        else if (d->type == GUMBO_NODE_ELEMENT && !dropped_tag(d->v.element.tag))
                            for (unsigned k = d->v.element.children.length; k-- > 0;)
                                st.push_back(static_cast<const GumboNode*>(d->v.element.children.data[k]));
                    }
                };
                write(author);
                w.line_break();
                write(time);
                w.block_break();
                skip.assign({author, time});
                f.one_comment = true;
            }
        }
        stack.push_back(f);
    };

    enter(root);
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector* children = f.node->type == GUMBO_NODE_DOCUMENT ? &f.node->v.document.children
                                                                           : &f.node->v.element.children;
        if (f.next < children->length) {
            const auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
            enter(child);  // may push: `f` is not used after this
            continue;
        }
        if (f.block) w.block_break();
        if (f.comment_section) in_comments = false;
        article_depth -= f.article;
        if (f.one_comment) skip.clear();
        if (f.node->type == GUMBO_NODE_ELEMENT && f.node->v.element.tag == GUMBO_TAG_LI) w.end_item();
        stack.pop_back();
    }
}

}  // namespace sg::loaders
