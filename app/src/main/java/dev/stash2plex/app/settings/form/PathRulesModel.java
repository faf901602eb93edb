package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.PathRuleValidation;
import dev.stash2plex.app.settings.RuleProblem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The path-rule table and the "test a Plex path" box. Rules are immutable records; editing a cell
 * replaces the rule. Every change re-checks the rules and re-maps the test path with the provider's
 * mapping code ({@link PathTrial}) on the I/O executor, so the tester is always live and a slow
 * pattern never stalls the window. FX thread only.
 */
public final class PathRulesModel {

    private final ObservableList<PathRuleSetting> rules = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<RuleProblem> problems = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty testPath = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PathTrial.Result> testResult = new ReadOnlyObjectWrapper<>(new PathTrial.Result.Empty());
    private final BooleanBinding valid = Bindings.isEmpty(problems);
    private final PathTrial trial;
    private final Executor io;
    private final Executor fx;
    private int trials;

    /** Runs each trial on the calling thread: for tests of the table alone. */
    public PathRulesModel(PathTrial trial) {
        this(trial, Runnable::run, Runnable::run);
    }

    /** @param io where the user's patterns run; {@code fx} where their result comes back */
    public PathRulesModel(PathTrial trial, Executor io, Executor fx) {
        this.trial = trial;
        this.io = io;
        this.fx = fx;
        rules.addListener((javafx.collections.ListChangeListener<PathRuleSetting>) change -> refresh());
        testPath.addListener((observable, old, path) -> refresh());
    }

    public ObservableList<PathRuleSetting> rules() {
        return FXCollections.unmodifiableObservableList(rules);
    }

    public ObservableList<RuleProblem> problems() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringProperty testPath() {
        return testPath;
    }

    public ReadOnlyObjectProperty<PathTrial.Result> testResult() {
        return testResult.getReadOnlyProperty();
    }

    void load(List<PathRuleSetting> loaded) {
        rules.setAll(loaded);
    }

    List<PathRuleSetting> current() {
        return List.copyOf(rules);
    }

    /** Adds an empty rule at the end and returns its index, for the view to start editing it. */
    public int add(String name) {
        rules.add(PathRuleSetting.of(name, "", ""));
        return rules.size() - 1;
    }

    public void replace(int index, PathRuleSetting rule) {
        rules.set(index, rule);
    }

    public void remove(int index) {
        rules.remove(index);
    }

    /** Moves a rule one place towards the top (-1) or bottom (+1): the first matching rule wins, so order matters. */
    public int move(int index, int direction) {
        int target = index + direction;
        if (index < 0 || index >= rules.size() || target < 0 || target >= rules.size()) {
            return index;
        }
        PathRuleSetting rule = rules.get(index);
        rules.set(index, rules.get(target));
        rules.set(target, rule);
        return target;
    }

    private void refresh() {
        List<RuleProblem> found = PathRuleValidation.check(rules);
        problems.setAll(found);
        String path = testPath.get() == null ? "" : testPath.get().strip();
        int mine = ++trials;
        if (path.isEmpty()) {
            testResult.set(new PathTrial.Result.Empty());
            return;
        }
        // The user's patterns run off the FX thread; only the newest trial's answer is shown.
        List<PathRuleSetting> snapshot = List.copyOf(rules);
        FxHandOff.deliver(CompletableFuture.supplyAsync(() -> trial.map(snapshot, path), io), fx, result -> {
            if (mine == trials) {
                testResult.set(result);
            }
        }, failure -> {
            if (mine == trials) {
                testResult.set(new PathTrial.Result.RulesInvalid(String.valueOf(failure)));
            }
        });
    }
}
