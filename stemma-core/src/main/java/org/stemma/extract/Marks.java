package org.stemma.extract;

import java.util.Locale;
import java.util.Optional;
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
                "comment|disqus|kommentar|(^|[-_])respond|(^|[-_])repl(y|ies)([-_]|$)|discussion|leserbrief")},
        {ClutterKind.DISCLAIMER, Pattern.compile(
                "cookie|consent|gdpr|newsletter|subscri|paywall|copyright|disclaimer|(^|[-_])legal"
                        + "|impressum|imprint|privacy|datenschutz|signup|sign-up|(^|[-_])login|(^|[-_])footer"
                        + "|site-?info|(^|[-_])notice([-_]|$)")},
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
                        + "|(^|[-_])ad-|banner|adsense|werbung|anzeige|(^|[-_])similar")},
        {ClutterKind.META, Pattern.compile(
                "byline|(^|[-_])author|dateline|caption|credit|post-?meta|entry-?meta|article-?meta"
                        + "|(^|[-_])meta([-_]|$)|(^|[-_])tags?$|tag-?(list|cloud|links)|categor(y|ies)$"
                        + "|posted-?on|(^|[-_])published|(^|[-_])date([-_]|$)|(^|[-_])timestamp")},
    };

    /** Prefixes of state classes ("has-comments", "no-sidebar") that describe the element, not name it. */
    private static final Pattern STATE_TOKEN = Pattern.compile("^(has|no|with|without|is|show|hide|enable)[-_]");

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

    /** True when the element is not shown to a reader. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        for (String token : tokens(e.className())) {
            if (HIDDEN_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The kind of clutter an element's tag, role, class or id names, if any. */
    static Optional<ClutterKind> kind(Element e) {
        switch (e.normalName()) {
            case "nav":
                return Optional.of(ClutterKind.NAVIGATION);
            case "footer":
                return Optional.of(ClutterKind.DISCLAIMER);
            case "aside":
                return Optional.of(ClutterKind.TEASER);
            case "form", "button", "label", "fieldset":
                return Optional.of(ClutterKind.WIDGET);
            case "figcaption":
                return Optional.of(ClutterKind.META);
            default:
                break;
        }
        switch (e.attr("role").toLowerCase(Locale.ROOT)) {
            case "navigation", "menubar", "menu":
                return Optional.of(ClutterKind.NAVIGATION);
            case "contentinfo", "dialog", "alertdialog":
                return Optional.of(ClutterKind.DISCLAIMER);
            case "complementary":
                return Optional.of(ClutterKind.TEASER);
            case "search", "toolbar":
                return Optional.of(ClutterKind.WIDGET);
            default:
                break;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return Optional.empty();
        }
        for (Object[] row : TOKEN_KINDS) {
            Pattern p = (Pattern) row[1];
            for (String token : tokens(names)) {
                if (!STATE_TOKEN.matcher(token).find() && p.matcher(token).find()) {
                    return Optional.of((ClutterKind) row[0]);
                }
            }
        }
        return Optional.empty();
    }

    /** How strongly an element's tag, itemprop, role, class or id say it holds an article's text (1 = not). */
    static float containerBonus(Element e, float semanticBonus, float nameBonus) {
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop")) || "text".equalsIgnoreCase(e.attr("itemprop"))) {
            return semanticBonus;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || "main".equalsIgnoreCase(e.attr("role"))) {
            return nameBonus;
        }
        String names = e.className() + " " + e.id();
        if (!names.isBlank()) {
            for (String token : tokens(names)) {
                if (!STATE_TOKEN.matcher(token).find() && CONTAINER_TOKEN.matcher(token).find()) {
                    return nameBonus;
                }
            }
        }
        return 1f;
    }

    private static String[] tokens(String names) {
        String s = names.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }
}
