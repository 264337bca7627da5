package io.debrief.plugin.standins;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.debrief.platformapi.Evidence;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bare {@code null} argument compiles against the overloads a stand-in declares, and becomes "reference to X is
 * ambiguous" against the real jar as soon as it has one more overload of that arity (IssueTypeManager's deprecated
 * {@code iconUrl} ones did exactly that). So plugin code passes a typed value to Jira: {@code (Long) null} or a
 * typed constant. Checked on the plugin's sources, compiled and attributed here with javac's tree API, so every
 * call is resolved to the method javac picked.
 */
class NoBareNullToStandInsTest {

    private static final Path SOURCES = Paths.get("src", "main", "java");
    private static final List<String> standInCalls = new ArrayList<>();
    private static final List<String> bareNulls = new ArrayList<>();

    @BeforeAll
    static void attributeThePluginSources() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
                Stream<Path> walk = Files.walk(SOURCES)) {
            List<Path> sources =
                    walk.filter(p -> p.toString().endsWith(".java")).toList();
            JavacTask task = (JavacTask) javac.getTask(
                    null,
                    files,
                    null,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")),
                    null,
                    files.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            Trees trees = Trees.instance(task);
            String standInRoot = locationOf(Evidence.class);
            for (CompilationUnitTree unit : units) {
                new CallScanner(trees, task.getElements(), standInRoot, unit).scan(unit, null);
            }
        }
    }

    @Test
    void the_scan_resolves_the_plugins_calls_into_jira() {
        // guards the rule below: a scan that resolves nothing would let it pass for nothing
        assertThat(standInCalls)
                .hasSizeGreaterThan(100)
                .anyMatch(call -> call.contains("IssueTypeManager.createIssueType"));
    }

    @Test
    void no_plugin_call_passes_a_bare_null_to_a_jira_method() {
        assertThat(bareNulls)
                .as("bare null arguments to stand-in methods (pass a typed value instead)")
                .isEmpty();
    }

    private static String locationOf(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource().getLocation();
        return location.toString();
    }

    private static final class CallScanner extends TreePathScanner<Void, Void> {
        private final Trees trees;
        private final Elements elements;
        private final String standInRoot;
        private final CompilationUnitTree unit;

        CallScanner(Trees trees, Elements elements, String standInRoot, CompilationUnitTree unit) {
            this.trees = trees;
            this.elements = elements;
            this.standInRoot = standInRoot;
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            check(call, call.getArguments());
            return super.visitMethodInvocation(call, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree creation, Void unused) {
            check(creation, creation.getArguments());
            return super.visitNewClass(creation, unused);
        }

        private void check(Tree call, List<? extends ExpressionTree> arguments) {
            Element method = trees.getElement(trees.getPath(unit, call));
            if (method == null
                    || (method.getKind() != ElementKind.METHOD && method.getKind() != ElementKind.CONSTRUCTOR)) {
                return;
            }
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            if (!isStandIn(owner)) {
                return;
            }
            String where = Paths.get(unit.getSourceFile().toUri()).getFileName() + ":" + line(call) + " "
                    + owner.getQualifiedName() + "." + method;
            standInCalls.add(where);
            if (arguments.stream().anyMatch(NoBareNullToStandInsTest::isNullLiteral)) {
                bareNulls.add(where);
            }
        }

        private boolean isStandIn(TypeElement owner) {
            TypeElement outermost = owner;
            while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
                outermost = enclosing;
            }
            String resource = elements.getBinaryName(outermost).toString().replace('.', '/') + ".class";
            URL url = getClass().getClassLoader().getResource(resource);
            return url != null && url.toString().contains(standInRoot.replaceFirst("^file:", ""));
        }

        private long line(Tree tree) {
            LineMap lines = unit.getLineMap();
            return lines.getLineNumber(trees.getSourcePositions().getStartPosition(unit, tree));
        }
    }

    private static boolean isNullLiteral(ExpressionTree argument) {
        ExpressionTree bare = argument;
        while (bare instanceof ParenthesizedTree parenthesized) {
            bare = parenthesized.getExpression();
        }
        return bare.getKind() == Tree.Kind.NULL_LITERAL;
    }
}
