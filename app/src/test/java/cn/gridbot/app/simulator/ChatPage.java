package cn.gridbot.app.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The simulator page as a user works it: pick who you are, type, send, and read what appears. */
final class ChatPage {

    /** The outbox dispatcher polls every 2 s and the page every 1.5 s; a slow CI machine gets slack. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final By REPLIES = By.cssSelector(".msg.theirs:not([data-push]) .bubble");

    private final ChromeDriver browser;
    private final Path screenshots;
    private final WebDriverWait wait;

    ChatPage(ChromeDriver browser, Path screenshots) {
        this.browser = browser;
        this.screenshots = screenshots;
        // The page re-renders the chat and the panel as it polls: an element read mid-render is read again.
        this.wait = new WebDriverWait(browser, PATIENCE);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String url) {
        browser.get(url);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    void become(String openid) {
        new Select(browser.findElement(By.id("person"))).selectByValue(openid);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), openid));
    }

    String whoami() {
        return browser.findElement(By.id("whoami")).getText();
    }

    /** Types and sends a text; answers the account's reply bubble. */
    String say(String text) {
        int before = replies().size();
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(text);
        browser.findElement(By.id("send")).click();
        return nextReply(before);
    }

    String speak(String recognition) {
        int before = replies().size();
        tool("tool-voice");
        WebElement text = browser.findElement(By.id("voice-text"));
        text.clear();
        text.sendKeys(recognition);
        browser.findElement(By.id("voice-send")).click();
        return nextReply(before);
    }

    String sendPhoto(Path image) {
        int before = replies().size();
        browser.findElement(By.id("plus")).click();
        browser.findElement(By.id("image-file")).sendKeys(image.toAbsolutePath().toString());
        return nextReply(before);
    }

    /**
     * Opens the location sheet, zooms the map to the community and clicks the grid there; answers what
     * the sheet says was picked.
     */
    String pickOnMap(String community, String gridCode) {
        tool("tool-location");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-map-ready")));
        browser.findElements(By.cssSelector("#communities button")).stream().filter(b -> b.getText().equals(community))
                .findFirst().orElseThrow(() -> new AssertionError("No map zoom for " + community)).click();
        browser.findElement(By.cssSelector("#map path[data-grid='" + gridCode + "']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("location-send")));
        return browser.findElement(By.id("picked")).getText();
    }

    String sendPickedLocation() {
        int before = replies().size();
        browser.findElement(By.id("location-send")).click();
        return nextReply(before);
    }

    /** A worker opens "+ → 巡查": answers the account's reply to "巡查"; the map stays open for the track. */
    String startPatrol() {
        int before = replies().size();
        tool("tool-patrol");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-map-ready")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patrol-bar")));
        return nextReply(before);
    }

    /**
     * On a patrol: zooms the map to the community and clicks the grid at a point {@code dx}, {@code dy} (shares of the
     * grid's drawn width and height) from its centre, which sends it at once; answers the account's reply.
     */
    String patrolPoint(String community, String gridCode, double dx, double dy) {
        int before = replies().size();
        // Zooming redraws the map, which clears the pins of the points already sent: only when not zoomed there yet.
        WebElement zoom = browser.findElements(By.cssSelector("#communities button")).stream()
                .filter(b -> b.getText().equals(community)).findFirst()
                .orElseThrow(() -> new AssertionError("No map zoom for " + community));
        String classes = zoom.getDomAttribute("class");
        if (classes == null || !classes.contains("active")) {
            zoom.click();
        }
        WebElement grid = browser.findElement(By.cssSelector("#map path[data-grid='" + gridCode + "']"));
        Rectangle box = grid.getRect();
        new Actions(browser).moveToElement(grid, (int) (box.getWidth() * dx), (int) (box.getHeight() * dy)).click().perform();
        return nextReply(before);
    }

    /** How many pins the map shows. */
    int pinsOnMap() {
        return browser.findElements(By.cssSelector("#map .pin")).size();
    }

    /** How many points the patrol bar says were sent. */
    int patrolPointsSent() {
        return Integer.parseInt(browser.findElement(By.id("patrol-count")).getText());
    }

    /** Types the patrol note beside "结束巡查" and clicks it; answers the account's end reply. */
    String endPatrol(String note) {
        int before = replies().size();
        browser.findElement(By.id("patrol-note")).sendKeys(note);
        browser.findElement(By.id("patrol-end")).click();
        return nextReply(before);
    }

    /** Clicks the header's "+ 新用户"; answers the welcome that the subscribe event brings. */
    String newUser() {
        // The page may show a new user already (the test before made one): wait for this one's openid.
        String before = whoami();
        browser.findElement(By.id("new-user")).click();
        wait.until(d -> {
            String now = whoami();
            return now.contains("新用户") && !now.equals(before);
        });
        return nextReply(0);
    }

    /**
     * Opens "扫码绑定", picks the unbound worker and so scans a fresh binding code; waits until the page
     * shows the user as that worker and answers the account's reply to the scan.
     */
    String scanBindingCode(String workerCode) {
        int before = replies().size();
        tool("tool-scan");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#unbound button[data-worker='" + workerCode + "']")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), "网格员"));
        return nextReply(before);
    }

    /** Waits for a push of this kind that mentions {@code text}; answers what the card or bubble shows. */
    String push(String kind, String text) {
        By selector = By.cssSelector(".msg[data-push='" + kind + "']");
        return wait.until(d -> d.findElements(selector).stream().map(WebElement::getText)
                .filter(t -> t.contains(text)).reduce((first, last) -> last).orElse(null));
    }

    boolean showsTemplateCard(String kind) {
        return !browser.findElements(By.cssSelector(".msg[data-push='" + kind + "'] .card")).isEmpty();
    }

    List<String> myMessages() {
        return browser.findElements(By.cssSelector(".msg.mine")).stream().map(WebElement::getText).toList();
    }

    int photosShown() {
        return browser.findElements(By.cssSelector(".msg.mine img.photo")).size();
    }

    /** Waits until the side panel shows this event in this state; answers the panel's text. */
    String panelShows(String number, String statusLabel) {
        wait.until(ExpectedConditions.textToBe(By.id("ev-number"), number));
        wait.until(ExpectedConditions.textToBe(By.id("ev-status"), statusLabel));
        return browser.findElement(By.id("event")).getText();
    }

    /** The panel re-renders as it polls, so the list is read again when it changed under the reading. */
    List<String> timelineStates() {
        return wait.until(d -> d.findElements(By.cssSelector("#ev-timeline li"))
                .stream().map(li -> li.getDomAttribute("data-to")).toList());
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tool(String id) {
        browser.findElement(By.id("plus")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private List<WebElement> replies() {
        return browser.findElements(REPLIES);
    }

    private String nextReply(int before) {
        wait.until(d -> d.findElements(REPLIES).size() > before && d.findElements(By.cssSelector(".msg.pending")).isEmpty());
        List<WebElement> all = replies();
        return all.get(all.size() - 1).getText();
    }
}
