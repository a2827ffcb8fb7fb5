import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.IProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;

/** Reads a glossary with OmegaT's own readers (TBX needs a project for its languages). */
public class ReadGlossary {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        ProjectProperties properties = new ProjectProperties(file.getAbsoluteFile().getParentFile());
        properties.setSourceLanguage(args[1]);
        properties.setTargetLanguage(args[2]);
        IProject project = (IProject) Proxy.newProxyInstance(IProject.class.getClassLoader(), new Class<?>[] { IProject.class },
            (proxy, method, arguments) -> method.getName().equals("getProjectProperties") ? properties
                : method.getName().equals("isProjectLoaded") ? Boolean.TRUE : null);
        Core.setProject(project);
        List<GlossaryEntry> entries = args[0].endsWith(".tbx") ? GlossaryReaderTBX.read(file, false) : GlossaryReaderTSV.read(file, false);
        System.out.println(entries.size());
        for (int i = 0; i < Math.min(2, entries.size()); i++) System.out.println(entries.get(i).getSrcText() + "\t" + entries.get(i).getLocText());
    }
}
