package org.stemma.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Span;
import org.stemma.quotes.Tokens.Tok;

/**
 * Turns a speaker mention into a normalised name: the name in it without titles; a lone surname expanded to
 * the fullest name with that surname met earlier in the article; a pronoun or a document ("the statement")
 * resolved to the last named speaker; otherwise the description itself without its determiner.
 */
final class Names {
    /** A resolved name, and whether the mention itself named someone (so later pronouns may refer to it). */
    record Resolved(String name, boolean named) {
    }

    private final String text;
    private final Lexicon lex;
    /** Capitalised runs of two or more name words in the body, in text order: candidates for full names. */
    private final List<Span> fullNames = new ArrayList<>();
    /** The same names with the titles before them ("Russian President Vladimir Putin"), index for index. */
    private final List<Span> titledNames = new ArrayList<>();

    Names(String text, List<Span> lines, Lexicon lex) {
        this.text = text;
        this.lex = lex;
        for (Span line : lines) {
            List<Tok> toks = Tokens.of(text, line.start(), line.end());
            for (List<Tok> run : runs(toks)) {
                List<Tok> name = stripTitles(run);
                if (name.size() >= 2) {
                    fullNames.add(new Span(name.get(0).start(), name.get(name.size() - 1).end()));
                    titledNames.add(new Span(run.get(0).start(), run.get(run.size() - 1).end()));
                }
            }
        }
    }

    Resolved resolve(Span mention, Optional<String> lastNamed) {
        List<Tok> toks = Tokens.of(text, mention.start(), mention.end());
        List<Tok> words = toks.stream().filter(Tok::word).toList();
        if (words.isEmpty()) {
            return new Resolved(mention.of(text), false);
        }
        boolean pronoun = words.size() == 1 && lex.pronouns.contains(words.get(0).lower());
        boolean document = words.size() <= 3 && lex.documents.contains(words.get(words.size() - 1).lower())
                && runs(toks).isEmpty();
        if (pronoun || document) {
            return new Resolved(lastNamed.orElse(words.get(words.size() - 1).lower()), false);
        }
        Tok head = words.get(words.size() - 1);
        if (lex.definites.contains(words.get(0).lower()) && lex.titles.contains(head.lower()) && !head.capitalised()) {
            Optional<String> referent = referent(head.lower(), mention.start());
            if (referent.isPresent() || lastNamed.isPresent()) {
                return new Resolved(referent.orElseGet(lastNamed::get), false);
            }
        }
        for (List<Tok> run : runs(toks)) {
            if (possessive(run, toks)) {
                continue;
            }
            List<Tok> name = stripTitles(run);
            if (!name.isEmpty()) {
                return new Resolved(expand(join(name), mention.start()), true);
            }
        }
        List<Tok> description = new ArrayList<>(words);
        while (!description.isEmpty() && lex.determiners.contains(description.get(0).lower())) {
            description.remove(0);
        }
        if (description.isEmpty()) {
            return new Resolved(mention.of(text), false);
        }
        return new Resolved(joinLower(description), true);
    }

    /** Runs of capitalised words ("Vladimir Putin", "Laurence Mark and Bill Condon"), sentence-initial
     * determiners and pronouns left out. */
    private List<List<Tok>> runs(List<Tok> toks) {
        List<List<Tok>> out = new ArrayList<>();
        List<Tok> run = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean nameWord = t.capitalised() && !lex.determiners.contains(t.lower())
                    && !lex.pronouns.contains(t.lower()) && !t.text().matches(".*-\\p{Ll}.*");
            boolean joiner = !run.isEmpty() && (t.is("and") || t.is("&") || t.is("-")) && i + 1 < toks.size()
                    && toks.get(i + 1).capitalised();
            if (nameWord || joiner) {
                run.add(t);
            } else {
                if (!run.isEmpty()) {
                    out.add(run);
                }
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /** "Lohan's" followed by a lower-case noun: the run names someone else than the speaker. */
    private static boolean possessive(List<Tok> run, List<Tok> toks) {
        Tok last = run.get(run.size() - 1);
        if (last.lower().endsWith("'s") || last.lower().endsWith("\u2019s")) {
            return true;
        }
        int i = toks.indexOf(last);
        return i + 2 < toks.size() && (toks.get(i + 1).is("'") || toks.get(i + 1).is("\u2019"))
                && toks.get(i + 2).is("s");
    }

    private List<Tok> stripTitles(List<Tok> run) {
        int lastTitle = -1;
        for (int i = 0; i < run.size(); i++) {
            if (lex.titles.contains(run.get(i).lower())) {
                lastTitle = i;
            }
        }
        return run.subList(lastTitle + 1, run.size());
    }

    /**
     * "the Russian president": the last full name before the mention written with that title
     * ("Russian President Vladimir Putin").
     */
    private Optional<String> referent(String title, int before) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < fullNames.size() && fullNames.get(i).start() < before; i++) {
            Span titled = titledNames.get(i);
            for (Tok t : Tokens.of(text, titled.start(), fullNames.get(i).start())) {
                if (t.is(title)) {
                    found = Optional.of(join(Tokens.of(text, fullNames.get(i).start(), fullNames.get(i).end())));
                }
            }
        }
        return found;
    }

    /** A lone word expanded to the fullest earlier name that ends with it. */
    private String expand(String name, int before) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        String best = name;
        for (Span s : fullNames) {
            if (s.start() >= before) {
                break;
            }
            String full = join(Tokens.of(text, s.start(), s.end()));
            if (full.endsWith(" " + name) && full.length() > best.length()) {
                best = full;
            }
        }
        return best;
    }

    private static String join(List<Tok> toks) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : toks) {
            if (!sb.isEmpty() && t.word() && sb.charAt(sb.length() - 1) != '-') {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static String joinLower(List<Tok> toks) {
        return join(toks).toLowerCase(java.util.Locale.ROOT);
    }
}
