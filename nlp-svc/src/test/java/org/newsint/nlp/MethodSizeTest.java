package org.newsint.nlp;

import org.junit.jupiter.api.Test;
import org.newsint.nlp.events.EventExtractor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HotSpot never compiles a method whose bytecode is longer than 8,000 bytes ({@code -XX:HugeMethodLimit}): it runs
 * interpreted. Session 10 found the event extractor's {@code draft} method grown to 8,346 bytes, which cost the
 * pipeline about 15% of its speed in the JMH benchmark. This test reads the compiled classes of the service and fails
 * when any method comes within {@link #MARGIN} bytes of the limit.
 */
class MethodSizeTest {

    static final int HUGE_METHOD_LIMIT = 8000;
    static final int MARGIN = 500;

    @Test
    void noMethodIsTooLongForTheJitCompiler() throws Exception {
        Path classes = Path.of(EventExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> tooLong = new ArrayList<>();
        int[] largest = {0};
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (Method m : methods(Files.readAllBytes(p))) {
                    largest[0] = Math.max(largest[0], m.codeLength());
                    if (m.codeLength() > HUGE_METHOD_LIMIT - MARGIN) {
                        tooLong.add(classes.relativize(p) + " " + m.name() + ": " + m.codeLength() + " bytes");
                    }
                }
            }
        }
        assertThat(largest[0]).as("the class files were read").isPositive();
        assertThat(tooLong).as("methods near HotSpot's HugeMethodLimit (split them)").isEmpty();
    }

    @Test
    void theReaderFindsTheCodeLengthOfAKnownMethod() throws Exception {
        byte[] bytes;
        try (var in = EventExtractor.class.getResourceAsStream("EventExtractor.class")) {
            bytes = in.readAllBytes();
        }
        assertThat(methods(bytes)).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("draft");
            assertThat(m.codeLength()).isGreaterThan(1000);
        });
    }

    record Method(String name, int codeLength) {
    }

    /** The methods of a class file with the length of their bytecode (JVMS §4). */
    static List<Method> methods(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        List<Method> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    out.add(new Method(name, code));
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}
