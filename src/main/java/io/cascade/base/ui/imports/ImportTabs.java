package io.cascade.base.ui.imports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tabs above the admin's imports, which live in different modules (people in organization, attendance history
 * in scheduling): each tab is a link to its view's route, so neither module needs the other.
 */
public class ImportTabs extends Tabs {

    public static final String PEOPLE = "admin/import";
    public static final String ATTENDANCE = "admin/import/attendance";

    /** Each tab's route and the key of its label. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(PEOPLE, "base.import.tab.people");
        LABELS.put(ATTENDANCE, "base.import.tab.attendance");
    }

    public ImportTabs(String selectedRoute) {
        addClassName("import-tabs");
        LABELS.forEach((route, label) -> {
            var link = new Anchor(route, getTranslation(label));
            // client-side navigation, like a RouterLink, without knowing the other module's view class
            link.getElement().setAttribute("router-link", true);
            var tab = new Tab(link);
            add(tab);
            if (route.equals(selectedRoute)) {
                setSelectedTab(tab);
            }
        });
    }
}
