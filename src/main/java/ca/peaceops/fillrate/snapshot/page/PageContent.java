package ca.peaceops.fillrate.snapshot.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content of a saved page without the site around it. A browser's text dump keeps the
 * Canada.ca template's chrome ("Symbol of the Government of Canada", "Common menu bar
 * links", the footer's links), which would otherwise be read as postings: the content
 * starts at the page's title and ends at its "Date modified:", and the template's own
 * lines are dropped wherever they are.
 */
final class PageContent {

	private static final Pattern TITLE = Pattern
		.compile("^(current (international )?(peace )?operations|operations (de paix )?(internationales )?en cours)$");

	private static final Pattern DATE_MODIFIED = Pattern.compile("^(date modified|date de modification)\\s*:.*");

	private static final Set<String> CHROME = Set.of("royal canadian mounted police", "gendarmerie royale du canada",
			"symbol of the government of canada", "symbole du gouvernement du canada", "common menu bar links",
			"liens de la barre de menu commune", "skip to main content", "passer au contenu principal",
			"skip to \"about government\"", "passer a « au sujet du gouvernement »", "skip to \"about this site\"",
			"passer a « a propos de ce site »", "language selection", "selection de la langue", "search", "recherche",
			"search and menus", "recherche et menus", "menu", "main menu", "menu principal", "home", "accueil",
			"you are here:", "vous etes ici :", "top of page", "haut de la page",
			"report a problem or mistake on this page", "signaler un probleme ou une erreur sur cette page",
			"share this page", "partagez cette page", "contact us", "contactez-nous", "departments and agencies",
			"ministeres et organismes", "about government", "au sujet du gouvernement", "about this site",
			"a propos de ce site", "government of canada", "gouvernement du canada", "canada.ca", "help", "aide",
			"terms and conditions", "avis", "privacy", "confidentialite", "services and information",
			"services et renseignements");

	private PageContent() {
	}

	static List<PageLine> of(List<PageLine> lines) {
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (TITLE.matcher(PageWords.fold(lines.get(i).text())).matches()) {
				start = i;
				break;
			}
		}
		List<PageLine> content = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			String folded = PageWords.fold(line.text());
			if (i < start && !line.text().startsWith("http") || CHROME.contains(folded)) {
				continue;
			}
			content.add(line);
			if (DATE_MODIFIED.matcher(folded).matches()) {
				break;
			}
		}
		return content;
	}

}
