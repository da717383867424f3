package kr.oneteam.app.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;

/** One figure of 현황: its heading, the SVG chart and, beside it, the table of its numbers. */
class ChartSection extends Section {

    ChartSection(String id, String title, String svg, NativeTable table) {
        setId(id);
        addClassName("insight-section");
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        Div body = new Div();
        body.addClassName("insight-figure");
        if (svg != null) {
            Svg chart = new Svg(svg);
            chart.addClassName("insight-chart-box");
            body.add(chart);
        }
        body.add(table);
        add(heading, body);
    }
}
