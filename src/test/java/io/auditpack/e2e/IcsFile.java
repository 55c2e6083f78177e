package io.auditpack.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/** An iCalendar file parsed back with ical4j, independently of the writer: its events and their properties. */
record IcsFile(Calendar calendar) {

    static IcsFile parse(byte[] bytes) throws IOException, ParserException {
        return new IcsFile(new CalendarBuilder().build(new ByteArrayInputStream(bytes)));
    }

    List<CalendarComponent> events() {
        return calendar.getComponents("VEVENT");
    }

    List<CalendarComponent> components(String name) {
        return calendar.getComponents(name);
    }

    static String value(Component component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    String calendarValue(String property) {
        return calendar.<Property>getProperty(property).map(Property::getValue).orElse("");
    }
}
