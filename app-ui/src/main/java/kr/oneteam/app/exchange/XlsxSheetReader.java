package kr.oneteam.app.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an XLSX file as a stream of SAX events (the sheet is never held as a POI object
 * model), after {@link ZipExpansion} has checked what the file expands to. Each cell keeps its stored value:
 * text, number, boolean or — by its number format — a date. A cell with a formula is marked as one and its
 * cached result is not used: nothing is ever evaluated (decision record 110).
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static SheetTable read(byte[] bytes) {
        ZipExpansion.check(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefused("sheets.noRows");
            }
            RowCollector rows = new RowCollector(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                xml.setContentHandler(rows);
                xml.parse(new InputSource(sheet));
            }
            return new SheetTable(SheetFormat.XLSX, null, rows.headers, rows.rows);
        } catch (SheetRefused refused) {
            throw refused;
        } catch (SAXException e) {
            if (e.getCause() instanceof SheetRefused refused) {
                throw refused;
            }
            throw new SheetRefused("sheets.xlsx.broken");
        } catch (IOException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException notAWorkbook) {
            throw new SheetRefused("sheets.notSpreadsheet");
        }
    }

    /** Collects the header (the first row with a value) and the data rows below it. */
    private static final class RowCollector extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private List<String> headers;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<SheetCell> cells;
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        RowCollector(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : columnIndex(ref);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.add(cell());
                    nextColumn = column + 1;
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void endRow() {
            SheetRow row = new SheetRow(rowNumber, cells);
            if (headers == null) {
                if (!row.blank()) {
                    headers = cells.stream().map(c -> c.text() == null ? "" : c.text()).toList();
                }
                return;
            }
            if (row.blank()) {
                return;
            }
            if (rows.size() >= SheetUpload.MAX_ROWS) {
                throw new SheetRefused("sheets.tooManyRows", SheetUpload.MAX_ROWS);
            }
            rows.add(row);
        }

        private SheetCell cell() {
            if (formula) {
                return SheetCell.ofFormula();
            }
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                if (v.isEmpty()) {
                    return SheetCell.BLANK;
                }
                double number = Double.parseDouble(v);
                return isDate() ? SheetCell.date(DateUtil.getLocalDateTime(number)) : SheetCell.number(number);
            }
            return switch (type) {
                case "s" -> SheetCell.text(strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "b" -> SheetCell.bool("1".equals(v.trim()));
                case "e" -> SheetCell.ofFormula();
                default -> SheetCell.text(v); // inlineStr, str, d (an ISO date as text)
            };
        }

        private boolean isDate() {
            if (style == null || styles == null) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }
}
