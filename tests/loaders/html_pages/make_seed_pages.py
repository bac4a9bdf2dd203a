#!/usr/bin/env python3
"""Writes the seed articles of examples/nhs-cocommissioning as saved web pages (seeds/*.html), in
three site templates written by hand: a trade-press CMS page (cookie banner, navigation, share bar,
related list, readers' comments), a WordPress blog, a newspaper page with JSON-LD and a pull-quote.
The article text is copied in as it stands in the .txt, one block a paragraph; quotation marks and
ampersands are written as character references in two of the templates, so that claims' spans
cover references. Run once; the pages are committed (the tests read them, not this)."""
import html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "..", "..", "examples", "nhs-cocommissioning", "articles")

TEMPLATE = {"000": "trade", "001": "trade", "002": "newspaper", "003": "blog", "004": "blog"}
DATES = {"000": "2014-07-25", "001": "2014-11-10", "002": "2014-05-08", "003": "2014-03-14", "004": "2014-05-22"}


def encode(text, style):
    t = html.escape(text, quote=False)
    if style == "named":
        t = t.replace("\u2018", "&lsquo;").replace("\u2019", "&rsquo;").replace("\u2013", "&ndash;")
    elif style == "numeric":
        t = t.replace("\u2018", "&#8216;").replace("\u2019", "&#x2019;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
    return t


def blocks(text):
    return [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]


def article_parts(text):
    """(furniture before the title, title, kicker, body blocks, comments heading, comments, after)"""
    bs = blocks(text)
    # the title: the first block of more than five words after the site's header lines
    start = 0
    while start < len(bs) and (len(bs[start].split()) <= 5 or "intended for health" in bs[start]
                               or bs[start].startswith("At the heart")):
        start += 1
    head, title, body = bs[:start], bs[start], bs[start + 1:]
    comments_at = next((i for i, b in enumerate(body) if b.startswith("Readers' comments")), None)
    comments, heading, after = [], None, []
    if comments_at is not None:
        heading = body[comments_at]
        rest = body[comments_at + 1:]
        body = body[:comments_at]
        for b in rest:
            if b.lstrip().startswith("\u2022"):
                comments.append([b.lstrip()[1:].strip()])
            elif b.startswith("    ") and comments:
                comments[-1].append(b.strip())
            else:
                after.append(b)
    return head, title, body, heading, comments, after


def para(block, style, cls=""):
    lines = [encode(l.strip(), style) for l in block.split("\n")]
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>" + "<br>\n".join(lines) + "</p>"


def body_html(body, style):
    out, i = [], 0
    while i < len(body):
        b = body[i]
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if b.startswith("Article continues below") or b.strip() == "Advertisement":
            out.append('<div class="ad-slot advert"><span>' + encode(b, style).replace("\n", " ") + "</span></div>")
        elif (b.startswith("\u2018") and b.rstrip().endswith("\u2019") and nxt and len(nxt.split()) <= 12
              and not nxt.rstrip().endswith(".")):
            out.append('<blockquote class="pull-quote">\n  ' + para(b, style) + "\n  " + para(nxt, style, "credit")
                       + "\n</blockquote>")
            i += 1
        elif len(b.split()) <= 4 and not b.rstrip().endswith("."):
            out.append("<h2>" + encode(b, style) + "</h2>")
        else:
            out.append(para(b, style))
        i += 1
    return "\n".join(out)


def trade(key, parts):
    head, title, body, heading, comments, after = parts
    style = "named"
    kicker = head[-1] if head and len(head[-1].split()) <= 4 else None
    site = [b for b in head if b is not kicker]
    cs = "\n".join(
        '<li class="comment">\n  ' + "\n  ".join(para(p, style) for p in c)
        + '\n  <div class="comment-actions"><a href="#report">Unsuitable or offensive? Report this comment</a></div>\n</li>'
        for c in comments if c[0] and not c[0].startswith("Unsuitable"))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{encode(title, style)} | News | Pulse Today</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="Pulse">
<meta property="article:published_time" content="{DATES[key]}T09:30:00+01:00">
<meta name="author" content="Pulse reporter">
<link rel="canonical" href="https://www.pulsetoday.example/news/{key}">
<style>.cookie-banner {{ position: fixed; bottom: 0 }} p > a {{ color: #c00 }}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Find out more</a> <button>Accept</button></div>
<header class="site-header">
{"".join('<div class="site-strapline">' + encode(b, style).replace(chr(10), "<br>") + "</div>" for b in site)}
<nav class="primary-nav"><ul><li><a href="/news">News</a></li><li><a href="/views">Views</a></li><li><a href="/clinical">Clinical</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
</header>
<main id="content">
<article class="article">
<header class="article-header">
{'<p class="kicker">' + encode(kicker, style) + "</p>" if kicker else ""}
<h1 class="headline">{encode(title, style)}</h1>
</header>
<div class="share-bar"><a href="#">Share on Twitter</a> <a href="#">Share on LinkedIn</a> <a href="#">Email this article</a></div>
<div class="article-body">
{body_html(body, style)}
</div>
</article>
<aside class="related-articles"><h3>Related articles</h3><ul><li><a href="/a">GPs vote to ballot on contract</a></li><li><a href="/b">CCGs given new powers over practices</a></li></ul></aside>
{'<section id="comments" class="comments"><h2>' + encode(heading, style) + '</h2>' + chr(10) + '<ol class="comment-list">' + chr(10) + cs + chr(10) + '</ol></section>' if heading else ""}
</main>
<footer class="site-footer"><p>&copy; 2014 Cogora Ltd. All rights reserved.</p><p><a href="/terms">Terms and conditions</a> | <a href="/privacy">Privacy policy</a></p></footer>
<script src="/js/analytics.js"></script>
</body>
</html>
"""


def blog(key, parts):
    head, title, body, heading, comments, after = parts
    style = "numeric"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{encode(title, style)} &#8211; Primary Care Commissioning Blog</title>
<link rel='stylesheet' id='theme-style-css' href='/wp-content/themes/twentyfourteen/style.css' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js'></script>
</head>
<body class="post-template-default single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner">
<p class="site-title"><a href="/" rel="home">Primary Care Commissioning Blog</a></p>
<nav id="primary-navigation" class="site-navigation primary-navigation" role="navigation"><ul id="menu-main" class="nav-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="main" class="site-main">
<div id="primary" class="content-area"><div id="content" class="site-content" role="main">
<article id="post-{key}" class="post-{key} post type-post status-publish format-standard hentry category-news">
<header class="entry-header">
<h1 class="entry-title">{encode(title, style)}</h1>
<div class="entry-meta"><span class="entry-date"><a href="/{key}/" rel="bookmark"><time class="entry-date published" datetime="{DATES[key]}T08:00:00+00:00"></time></a></span> <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/editor/" rel="author"></a></span></span></div>
</header>
<div class="entry-content">
{body_html(body, style)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-facebook"><a href="#">Facebook</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p>Practices face new contract checks</p></div>
</div>
</article>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" value="Post Comment" /></form></div>
</div>
</div></div>
<div id="secondary"><div id="primary-sidebar" class="primary-sidebar widget-area" role="complementary"><aside id="recent-posts-2" class="widget widget_recent_entries"><h1 class="widget-title">Recent Posts</h1><ul><li><a href="/x/">Locum fees capped</a></li></ul></aside></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
<script type='text/javascript'>/* <![CDATA[ */ var screenReaderText = {{"expand":"<span>expand child menu<\\/span>"}}; /* ]]> */</script>
</body>
</html>
"""


def newspaper(key, parts):
    head, title, body, heading, comments, after = parts
    style = "raw"
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": ' + json_str(title)
          + ', "datePublished": "' + DATES[key] + 'T07:00:00Z", "author": {"@type": "Person", "name": "Health Correspondent"}, '
          + '"publisher": {"@type": "Organization", "name": "The Practice Gazette"}, "articleSection": "Analysis"}')
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{encode(title, style)} - The Practice Gazette</title>
<script type="application/ld+json">{ld}</script>
<script async src="https://ads.example/gpt.js"></script>
<style>body {{ font-family: Georgia, serif }} .pull-quote {{ float: right; width: 30% }}</style>
</head>
<body>
<div class="top-ad advertisement"><div id="div-gpt-ad-leaderboard">Advertisement</div></div>
<header><a class="logo" href="/">The Practice Gazette</a><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/analysis">Analysis</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/analysis">Analysis</a></div>
<article>
<h1>{encode(title, style)}</h1>
<div class="article-text">
{body_html(body, style)}
</div>
<ul class="social-links"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>
</article>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Surgery closures rise</a></li><li><a href="/2">New GP contract explained</a></li></ol></section>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox</p></div>
<footer><p>&copy; The Practice Gazette 2014</p></footer>
</body>
</html>
"""


def json_str(s):
    import json
    return json.dumps(s)


def main():
    out = os.path.join(HERE, "seeds")
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(ARTICLES)):
        key = name[:3]
        text = open(os.path.join(ARTICLES, name), encoding="utf-8").read()
        page = {"trade": trade, "blog": blog, "newspaper": newspaper}[TEMPLATE[key]](key, article_parts(text))
        with open(os.path.join(out, name[:-4] + ".html"), "w", encoding="utf-8") as f:
            f.write(page)


if __name__ == "__main__":
    main()
