package cn.gridbot.app.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console as a supervisor works it: sign in, pick a page, read what it shows, act on an event. */
final class ConsoleScreen {

    /** Waiting for the page to show something, never a timed assertion: a slow CI machine gets slack. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver browser;
    private final Path screenshots;
    private final String base;
    private final WebDriverWait wait;

    ConsoleScreen(ChromeDriver browser, Path screenshots, String base) {
        this.browser = browser;
        this.screenshots = screenshots;
        this.base = base;
        this.wait = new WebDriverWait(browser, PATIENCE);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A fresh visit: no session in this tab. */
    void open() {
        browser.get(base + "/console");
        browser.executeScript("sessionStorage.clear()");
        browser.get(base + "/console/#/overview");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
    }

    void typeCredentials(String username, String password) {
        WebElement name = browser.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("signin-button")).click();
    }

    /** Signs in and waits for the overview; answers who the header says is signed in. */
    String signIn(String username, String password) {
        typeCredentials(username, password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-view")));
        wait.until(d -> !d.findElement(By.id("who")).getText().isBlank());
        return browser.findElement(By.id("who")).getText();
    }

    /** Tries to sign in and answers the refusal the form shows. */
    String refusedSignIn(String username, String password) {
        browser.executeScript("document.getElementById('signin-error').textContent = ''");
        typeCredentials(username, password);
        wait.until(d -> !d.findElement(By.id("signin-error")).getText().isBlank());
        return browser.findElement(By.id("signin-error")).getText();
    }

    boolean signedIn() {
        return browser.findElement(By.id("app-view")).isDisplayed();
    }

    String sessionCookies() {
        return String.valueOf(browser.executeScript("return document.cookie"));
    }

    /** Goes to a page by its address; the old page is cleared first, so that nothing below reads what it showed. */
    void go(String hash) {
        browser.executeScript("""
                const view = document.getElementById('view');
                view.replaceChildren();
                delete view.dataset.loaded;
                if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));
                else location.hash = arguments[0];
                """, hash);
    }

    /** What the page says when it cannot show what was asked for. */
    String failure() {
        wait.until(d -> !d.findElements(By.cssSelector("#view .error")).isEmpty());
        return browser.findElement(By.cssSelector("#view .error")).getText();
    }

    void overview() {
        go("#/overview");
        wait.until(d -> d.findElement(By.id("view")).getDomAttribute("data-loaded") != null);
        wait.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
    }

    String figure(String id) {
        return browser.findElement(By.cssSelector("#" + id + " .value")).getText();
    }

    List<String> reportUnits() {
        return browser.findElements(By.cssSelector("#report tbody tr[data-unit]")).stream()
                .map(row -> row.getDomAttribute("data-unit")).toList();
    }

    String reportRow(String unit) {
        return browser.findElement(By.cssSelector("#report tbody tr[data-unit='" + unit + "']")).getText();
    }

    /** The event list, filtered as a user would pick; answers the numbers listed. */
    List<String> events(String statusValue) {
        go("#/events");
        wait.until(d -> d.findElement(By.id("event-list")).getDomAttribute("data-loaded") != null);
        if (statusValue != null) {
            String before = browser.findElement(By.id("event-list")).getDomAttribute("data-loaded");
            new Select(browser.findElement(By.id("f-status"))).selectByValue(statusValue);
            browser.findElement(By.id("f-apply")).click();
            wait.until(d -> !before.equals(d.findElement(By.id("event-list")).getDomAttribute("data-loaded")));
        }
        return listed();
    }

    /** The event list with only the events to check (待核实) ticked. */
    List<String> eventsToCheck() {
        go("#/events");
        wait.until(d -> d.findElement(By.id("event-list")).getDomAttribute("data-loaded") != null);
        String before = browser.findElement(By.id("event-list")).getDomAttribute("data-loaded");
        browser.findElement(By.id("f-to-check")).click();
        browser.findElement(By.id("f-apply")).click();
        wait.until(d -> !before.equals(d.findElement(By.id("event-list")).getDomAttribute("data-loaded")));
        return listed();
    }

    List<String> listed() {
        return browser.findElements(By.cssSelector("#event-list tbody tr[data-number]")).stream()
                .map(row -> row.getDomAttribute("data-number")).toList();
    }

    String listTotal() {
        return browser.findElement(By.id("total")).getText();
    }

    void openEvent(String number) {
        browser.findElement(By.cssSelector("#event-list tbody tr[data-number='" + number + "'] a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-number"), number));
    }

    String status() {
        return browser.findElement(By.id("event-status")).getText();
    }

    String category() {
        return browser.findElement(By.id("event-category")).getText();
    }

    /** One row of the event list as it reads. */
    String listedRow(String number) {
        return browser.findElement(By.cssSelector("#event-list tbody tr[data-number='" + number + "']")).getText();
    }

    List<String> timeline() {
        return browser.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
    }

    boolean showsActions() {
        return !browser.findElements(By.id("actions")).isEmpty();
    }

    /** Picks the worker and assigns with a note; waits for the page to show the outcome. */
    String assign(String workerCode, String note) {
        wait.until(d -> !d.findElements(By.cssSelector("#action-worker option[value='" + workerCode + "']")).isEmpty());
        new Select(browser.findElement(By.id("action-worker"))).selectByValue(workerCode);
        return act("do-assign", note);
    }

    String act(String button, String note) {
        WebElement input = browser.findElement(By.id("action-note"));
        input.clear();
        input.sendKeys(note);
        browser.findElement(By.id(button)).click();
        wait.until(d -> !d.findElement(By.id("action-message")).getText().isBlank());
        return browser.findElement(By.id("action-message")).getText();
    }

    /** The map page: answers the grids drawn (by code) once it has loaded. */
    List<String> mapGrids() {
        go("#/map");
        wait.until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-loaded")));
        return browser.findElements(By.cssSelector("#map path[data-grid]")).stream().map(p -> p.getDomAttribute("data-grid"))
                .distinct().toList();
    }

    String mapShade(String grid) {
        return browser.findElement(By.cssSelector("#map path[data-grid='" + grid + "']")).getDomAttribute("data-shade");
    }

    List<String> mapMarkers() {
        return browser.findElements(By.cssSelector("#map path[data-event]")).stream().map(p -> p.getDomAttribute("data-event"))
                .toList();
    }

    /** Clicks an event's marker and follows the popup's link to the event. */
    void openMarker(String number) {
        browser.findElement(By.cssSelector("#map path[data-event='" + number + "']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".leaflet-popup .popup-link"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-number"), number));
    }

    String mapSummary() {
        return browser.findElement(By.id("map-summary")).getText();
    }

    List<String> tableRows(String page, String table) {
        go("#/" + page);
        wait.until(d -> !d.findElements(By.cssSelector("#" + table + " tbody tr")).isEmpty());
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** On the event list, approves or refuses ({@code "approve"}, {@code "refuse"}) an event's pending extension. */
    String decideExtension(String number, String verdict, String note) {
        By row = By.cssSelector("#extension-list tbody tr[data-number='" + number + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        WebElement input = browser.findElement(By.id("extension-note"));
        input.clear();
        input.sendKeys(note);
        browser.findElement(row).findElement(By.cssSelector("button." + verdict)).click();
        wait.until(d -> !d.findElement(By.id("extension-message")).getText().isBlank());
        return browser.findElement(By.id("extension-message")).getText();
    }

    /** Transfers the open event to a department (by code) with a note; answers what the page says. */
    String transfer(String departmentCode, String note) {
        WebElement input = browser.findElement(By.id("action-department"));
        input.clear();
        input.sendKeys(departmentCode);
        return act("do-transfer", note);
    }

    boolean showsUnmerge() {
        return !browser.findElements(By.id("do-unmerge")).isEmpty();
    }

    /** The text of an element once the page shows it. */
    String shown(String id) {
        wait.until(d -> !d.findElements(By.id(id)).isEmpty());
        return browser.findElement(By.id(id)).getText();
    }

    void signOut() {
        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
    }

    void resize(int width, int height) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path file = screenshots.resolve(name + ".png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
