La Comisión de Movilización de Masas del Comité Provincial del Partido hace la revisión preliminar del trabajo de movilización de masas del primer semestre de 2024.
Desde principios de año, el trabajo de movilización de masas del sistema político ha seguido registrando muchos cambios positivos, y se ha despertado y promovido el espíritu de gran solidaridad nacional.
Los comités del Partido y las autoridades de todos los niveles llevan a cabo de manera proactiva el trabajo de movilización de masas, los asuntos étnicos, los asuntos religiosos y la implementación de la Ley de Ejercicio de la Democracia en las Bases.
Se ha renovado el trabajo de movilización de masas de las autoridades.
La ejecución de las tareas de movilización de masas y del Reglamento de Democracia de Base se vincula con la ejecución de las tareas de desarrollo socioeconómico, la garantía de la seguridad política y del orden y seguridad social, y la reforma administrativa.
La recepción de ciudadanos se lleva a cabo con seriedad.
El Frente y cada organización sociopolítica siguen innovando sus contenidos y métodos y mejorando la calidad de sus actividades.
Asesoran de manera proactiva, organizan la propaganda y se esfuerzan por movilizar a las masas de todos los sectores para que participen activamente en el movimiento de emulación patriótica y en las campañas.
Cuidan y protegen los derechos e intereses legítimos y legales de cada miembro del sindicato.
Además, aplican bien las políticas sociales.
Todo ello ha contribuido de manera significativa a la implementación de los objetivos y tareas de desarrollo socioeconómico y al mantenimiento de la seguridad política en la provincia.
Delegados asistentes a la conferencia.
En los últimos seis meses de 2024, la Comisión de Movilización de Masas de todos los niveles se centrará en asesorar al comité del Partido para implementar eficazmente cada resolución del Partido y cada directiva del Partido sobre el trabajo de movilización de masas.
También liderará y dirigirá la mejora de la eficacia del trabajo de movilización de masas en cada organismo estatal.
Se coordinará con el Frente y con cada organización de masas para seguir innovando contenidos y métodos y mejorar la calidad de sus actividades, de modo que estén cerca del pueblo, cerca de las bases, y cuiden los derechos e intereses legítimos y legales del pueblo.
Asesorará al comité del Partido para que se centre en resolver con prontitud y conforme a la ley los problemas sociales pendientes, especialmente los incidentes nuevos y potenciales relacionados con los asuntos étnicos y los asuntos religiosos.
Seguirá innovando y mejorando la eficacia del trabajo para comprender la situación del pueblo.
Será activa y creativa en el asesoramiento al comité del Partido para promover el derecho del pueblo a ser dueño en todos los ámbitos de la vida social.
Revisión preliminar de la implementación del Reglamento de Democracia de Base en los seis primeros meses de 2024.
En los seis primeros meses del año, la implementación de la democracia de base logró muchos resultados positivos.
Los organismos y unidades, cada Comité Directivo del distrito, el Comité del Partido de la ciudad y cada comité del Partido subordinado han elaborado de manera proactiva un plan para implementar eficazmente la democracia de base.
Se han centrado en la propaganda, la difusión de información y la divulgación de los lineamientos y políticas del Partido y de las políticas y leyes del Estado relacionados con la implementación de la democracia de base, con especial atención a la Ley de Ejercicio de la Democracia en las Bases, en diversas formas.
La reforma administrativa se lleva a cabo de manera sincronizada e integral.
El mecanismo "el Partido dirige, el Estado administra y el pueblo es dueño" se sigue aplicando eficazmente, lo que crea consenso en la sociedad y fortalece el estrecho vínculo entre el Partido, el Estado y el pueblo.
Se ha prestado atención al diálogo con el pueblo, a la recepción de ciudadanos y a la resolución de quejas y denuncias, así como a las peticiones, observaciones y aspiraciones legítimas de la población y las empresas.
El espíritu, el sentido de responsabilidad y la actitud de servicio de los cuadros, funcionarios y empleados públicos, al servicio del pueblo, han mejorado cada vez más.
Así se ha contribuido significativamente al desarrollo socioeconómico y a la construcción de un sistema político limpio y fuerte.
El camarada Pham Van Hau, vicesecretario permanente del Comité Provincial del Partido y presidente del Consejo Popular provincial, presidió la conferencia.
Al clausurar la conferencia, el vicesecretario permanente del Comité Provincial del Partido pidió a cada comité del Partido, a las autoridades, a los organismos y a las unidades, en especial al Comité Directivo de todos los niveles, que sigan elevando su sentido de responsabilidad.
Deben centrarse en la divulgación, la comprensión profunda y la toma de conciencia de los puntos de vista rectores del Comité Central del Partido y del Comité Provincial del Partido sobre la implementación del Reglamento de Democracia de Base.
Es necesario mejorar la eficacia de la implementación de la democracia de base en vinculación con el impulso de la reforma administrativa y de la transformación digital, y con soluciones para elevar el Índice de Competitividad Provincial (PCI).
Es necesario llevar a cabo el reordenamiento de las unidades administrativas y la reducción de plantilla, y reestructurar la plantilla de cuadros y funcionarios, garantizando calidad, eficiencia, imparcialidad y objetividad.
Hay que reforzar la disciplina administrativa e innovar el estilo de trabajo hacia la democracia y el respeto al pueblo.
Se deben innovar los contenidos y métodos de funcionamiento, diversificar las nuevas formas de trabajo y estar cada vez más "cerca del pueblo, cerca de las bases", cerca de cada zona residencial y de cada hogar.
Es necesario resolver a tiempo las peticiones y quejas de la población.
Asimismo, deben aplicarse eficazmente la publicidad y transparencia y la consulta a la población en la ejecución de programas y proyectos, así como en la compensación, apoyo y reasentamiento y en el despeje de terrenos.
Hay que reforzar las labores de control y supervisión.
Se debe organizar la revisión preliminar y la revisión final conforme a lo establecido, y otorgar oportunamente elogio y recompensa a los colectivos e individuos destacados en la implementación del Reglamento de Democracia de Base.
