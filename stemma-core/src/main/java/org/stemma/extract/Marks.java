package org.stemma.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.stemma.model.ClutterKind;

/**
 * What an element's tag, role, class and id say about it: hidden, a kind of clutter, or a likely article
 * container. Only general web vocabulary: names that page templates use for comment threads, share bars,
 * menus and the like, in English and German, never names of particular sites.
 */
final class Marks {
    private Marks() {
    }

    /** Class and id tokens in the order they are tried: the first kind that matches wins. */
    private static final Object[][] TOKEN_KINDS = {
        {ClutterKind.COMMENTS, Pattern.compile(
                "comment(?!ary)|disqus|kommentar|(^|[-_])respond|(^|[-_])repl(y|ies)([-_]|$)|discussion|leserbrief")},
        {ClutterKind.DISCLAIMER, Pattern.compile(
                "cookie|consent|gdpr|newsletter|subscri|paywall|copyright|disclaimer|(^|[-_])legal"
                        + "|impressum|imprint|privacy|datenschutz|signup|sign-up|(^|[-_])login|(^|[-_])footer"
                        + "|site-?info|(^|[-_])notice([-_]|$)|disclosure|affiliate|donat|(^|[-_])cta([-_]|$)")},
        {ClutterKind.PAGINATION, Pattern.compile(
                "paginat|(^|[-_])pager([-_]|$)|(^|[-_])paging|post-?nav|(^|[-_])prev([-_]|ious|$)"
                        + "|(^|[-_])next([-_]|$)|nav-?links|nav-?previous|nav-?next")},
        {ClutterKind.WIDGET, Pattern.compile(
                "share|sharing|social|shariff|addthis|(^|[-_])rating|(^|[-_])vote|voting|(^|[-_])like([-_]|$)"
                        + "|likes|(^|[-_])print([-_]|$)|(^|[-_])follow|sociable|reactions|(^|[-_])tools?([-_]|$)"
                        + "|toolbar|(^|[-_])btn([-_]|$)|(^|[-_])button|(^|[-_])search")},
        {ClutterKind.NAVIGATION, Pattern.compile(
                "(^|[-_])nav([-_]|$)|navbar|navigation|(^|[-_])menu|breadcrumb|(^|[-_])skip|sitemap"
                        + "|topbar|masthead|(^|[-_])header([-_]|$)|(^|[-_])jump")},
        {ClutterKind.TEASER, Pattern.compile(
                "related|recommend|(^|[-_])teaser|(^|[-_])promo|popular|trending|most-?read|read-?more"
                        + "|more-?(articles|stories|news|posts)|(^|[-_])also([-_]|$)|sidebar|(^|[-_])widget"
                        + "|(^|[-_])aside|outbrain|taboola|plista|ligatus|sponsor|advert|(^|[-_])ads?([-_]|$)"
                        + "|(^|[-_])ad-|banner|adsense|werbung|anzeige|(^|[-_])similar|fact-?box")},
        {ClutterKind.META, Pattern.compile(
                "byline|(^|[-_])author|dateline|caption|credit|post-?meta|entry-?meta|article-?meta"
                        + "|(^|[-_])meta([-_]|$)|(^|[-_])tags?$|tag-?(list|cloud|links)|categor(y|ies)$"
                        + "|posted-?on|(^|[-_])published|(^|[-_])date([-_]|$)|(^|[-_])timestamp|(^|[-_])legend"
                        + "|(image|img|photo|foto|bild)-?(desc|sub|source|credit|unter)")},
    };

    /**
     * Prefixes of state and taxonomy classes ("has-comments", "no-sidebar", "category-comments") that
     * describe the element or its subject, not name its role; BEM modifiers of the same sort
     * ("o-section--has-ads"); and the module wrappers of the most common page builder, which calls every
     * block of a page, the article's paragraphs included, a widget ("elementor-widget-text-editor").
     */
    private static final Pattern STATE_TOKEN = Pattern.compile("^(has|no|with|without|is|show|hide|enable|category|cat|tag|format|type|status|postid|parent)[-_]"
            + "|--(has|no|with|without|is)-|^elementor-widget");

    private static final Pattern HIDDEN_TOKEN = Pattern.compile(
            "^(hidden|hide|sr-only|visually-?hidden|screen-?reader(-text)?|invisible|offscreen|d-none)$");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final Pattern CONTAINER_TOKEN = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|entry-?content|entry-?body|post-?content"
                    + "|post-?body|post-?entry|post-?text|story-?body|story-?content|story-?text|content-?body"
                    + "|text-?body|main-?content|maincontent|(^|[-_])content([-_]|$)|(^|[-_])text([-_]|$)"
                    + "|(^|[-_])article([-_]|$)|blog-?post|single-?post|(^|[-_])artikel|(^|[-_])beitrag"
                    + "|(^|[-_])inhalt|(^|[-_])body-?text|rich-?text");

    /** Bit of {@link #read}: the element is not shown to a reader. */
    static final int HIDDEN = 0x100;
    /** Bit of {@link #read}: the element's tag, itemprop, role, class or id names article content. */
    static final int CONTAINER_NAME = 0x200;
    /** Bit of {@link #read}: the element's itemprop states it holds the article's body. */
    static final int ARTICLE_BODY = 0x400;
    /** Low bits of {@link #read}: the clutter kind's ordinal plus one, 0 for none. */
    private static final int KIND_MASK = 0xff;

    /**
     * Everything this class says about one element, read in one pass over its class and id tokens (the
     * walk's hottest step): {@link #HIDDEN}, {@link #CONTAINER_NAME}, {@link #ARTICLE_BODY} and the kind
     * of clutter, decoded by {@link #kindOf(int)}.
     */
    static int read(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return HIDDEN;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return HIDDEN;
        }
        int row = TOKEN_KINDS.length;
        boolean container = false;
        String classes = e.className();
        if (!classes.isEmpty()) {
            for (String token : tokens(classes)) {
                int info = tokenInfo(token);
                if ((info & HIDDEN_BIT) != 0) {
                    return HIDDEN;
                }
                row = Math.min(row, info & KIND_BITS);
                container |= (info & CONTAINER_BIT) != 0;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            for (String token : tokens(id)) {
                int info = tokenInfo(token);
                row = Math.min(row, info & KIND_BITS);
                container |= (info & CONTAINER_BIT) != 0;
            }
        }
        int bits = 0;
        String itemprop = e.attr("itemprop");
        if ("articleBody".equalsIgnoreCase(itemprop) || "text".equalsIgnoreCase(itemprop)) {
            bits |= ARTICLE_BODY;
        }
        String tag = e.normalName();
        if (container || tag.equals("article") || tag.equals("main") || "main".equalsIgnoreCase(e.attr("role"))) {
            bits |= CONTAINER_NAME;
        }
        ClutterKind kind = structuralKind(e, tag);
        if (kind == null && row < TOKEN_KINDS.length) {
            kind = (ClutterKind) TOKEN_KINDS[row][0];
        }
        return kind == null ? bits : bits | (kind.ordinal() + 1);
    }

    /** The clutter kind in bits from {@link #read}, or null. */
    static ClutterKind kindOf(int bits) {
        int k = bits & KIND_MASK;
        return k == 0 ? null : KINDS[k - 1];
    }

    private static final ClutterKind[] KINDS = ClutterKind.values();

    /** The kind of clutter an element's tag, role, class or id names, if any. */
    static Optional<ClutterKind> kind(Element e) {
        int bits = read(e);
        return (bits & HIDDEN) != 0 ? Optional.empty() : Optional.ofNullable(kindOf(bits));
    }

    /** The kind the element's tag or ARIA role names, or null. */
    private static ClutterKind structuralKind(Element e, String tag) {
        switch (tag) {
            case "nav":
                return ClutterKind.NAVIGATION;
            case "footer":
                return ClutterKind.DISCLAIMER;
            case "aside":
                return ClutterKind.TEASER;
            case "form", "button", "label", "fieldset":
                return ClutterKind.WIDGET;
            case "figcaption":
                return ClutterKind.META;
            default:
                break;
        }
        String role = e.attr("role");
        if (role.isEmpty()) {
            return null;
        }
        switch (role.toLowerCase(Locale.ROOT)) {
            case "navigation", "menubar", "menu":
                return ClutterKind.NAVIGATION;
            case "contentinfo", "dialog", "alertdialog":
                return ClutterKind.DISCLAIMER;
            case "complementary":
                return ClutterKind.TEASER;
            case "search", "toolbar":
                return ClutterKind.WIDGET;
            default:
                return null;
        }
    }

    /** Low bits: the row of the first clutter pattern a token matches (or the row count); then the container bit. */
    private static final int KIND_BITS = 0x0f;
    private static final int CONTAINER_BIT = 0x10;
    private static final int HIDDEN_BIT = 0x20;
    /** Class names repeat within and across pages; matching each distinct token once is most of the speed. */
    private static final int MAX_CACHED_TOKENS = 1 << 18;
    private static final ConcurrentHashMap<String, Integer> TOKEN_CACHE = new ConcurrentHashMap<>();

    private static int tokenInfo(String token) {
        Integer cached = TOKEN_CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        int info = TOKEN_KINDS.length;
        if (HIDDEN_TOKEN.matcher(token).matches()) {
            info |= HIDDEN_BIT;
        }
        if (!STATE_TOKEN.matcher(token).find()) {
            for (int row = 0; row < TOKEN_KINDS.length; row++) {
                if (((Pattern) TOKEN_KINDS[row][1]).matcher(token).find()) {
                    info = row;
                    break;
                }
            }
            if (CONTAINER_TOKEN.matcher(token).find()) {
                info |= CONTAINER_BIT;
            }
        }
        if (TOKEN_CACHE.size() >= MAX_CACHED_TOKENS) {
            TOKEN_CACHE.clear();
        }
        TOKEN_CACHE.put(token, info);
        return info;
    }

    private static List<String> tokens(String names) {
        List<String> out = new ArrayList<>(4);
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(names.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
